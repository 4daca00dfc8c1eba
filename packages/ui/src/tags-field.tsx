import { TagsInput } from '@mantine/core';
import type { ReactNode } from 'react';

export interface TagsFieldProps {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  description?: ReactNode;
  error?: ReactNode;
  placeholder?: string;
  maxTags?: number;
}

export function TagsField({ maxTags, ...rest }: TagsFieldProps) {
  // A tag typed but not yet confirmed with Enter would otherwise be lost when the user moves on.
  return <TagsInput {...rest} maxTags={maxTags} acceptValueOnBlur splitChars={[',']} clearable />;
}
