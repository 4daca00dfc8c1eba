import { Alert, Stack, Text } from '@vicinity/ui';

/** Errors the server gave for fields this step has no input for, so none goes unseen. */
export function StepErrors({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" role="alert" title="The campaign could not be saved">
      <Stack gap={2}>
        {messages.map((message) => (
          <Text key={message} size="sm">
            {message}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
