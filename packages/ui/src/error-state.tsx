import { Alert, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Button } from './button';

export interface ErrorStateProps {
  title?: string;
  message: string;
  /** Shown as a "Try again" button when the failure may be transient. */
  onRetry?: () => void;
}

export function ErrorState({ title = 'Something went wrong', message, onRetry }: ErrorStateProps) {
  return (
    <Alert role="alert" color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />}>
      <Text size="sm">{message}</Text>
      {onRetry ? (
        <Group mt="sm">
          <Button variant="secondary" size="xs" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
