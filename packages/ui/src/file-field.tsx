import { Input } from '@mantine/core';
import { useId, type ReactNode } from 'react';

export interface FileFieldProps {
  label: string;
  /** File types the picker offers, e.g. ".csv,text/csv". */
  accept?: string;
  description?: ReactNode;
  error?: ReactNode;
  disabled?: boolean;
  onChange: (file: File | null) => void;
}

// A native file input: it is keyboard- and screen-reader-friendly everywhere and browser automation can fill it.
export function FileField({ label, accept, description, error, disabled = false, onChange }: FileFieldProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <Input.Wrapper
      id={id}
      label={label}
      description={description}
      error={error}
      descriptionProps={{ id: descriptionId }}
      errorProps={{ id: errorId }}
    >
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
        style={{ display: 'block', marginTop: 4, font: 'inherit', maxWidth: '100%' }}
      />
    </Input.Wrapper>
  );
}
