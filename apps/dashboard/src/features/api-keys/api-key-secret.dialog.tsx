import { Alert, Button, CopyableSecret, Dialog, Group, Stack, Text } from '@vicinity/ui';

export interface ApiKeySecretDialogProps {
  created: { name: string; key: string } | null;
  onDone: () => void;
}

export function ApiKeySecretDialog({ created, onDone }: ApiKeySecretDialogProps) {
  return (
    <Dialog opened={created !== null} onClose={onDone} title="API key created" dismissible={false}>
      {created ? (
        <Stack gap="md">
          <Text size="sm">
            Your key <strong>{created.name}</strong> is ready. Store it in your backend&apos;s secret manager.
          </Text>
          <Alert color="yellow" title="Copy it now">
            This key will not be shown again. If you lose it, revoke it and create a new one.
          </Alert>
          <CopyableSecret label="Secret key" value={created.key} copyLabel="Copy key" />
          <Group justify="flex-end">
            <Button variant="secondary" onClick={onDone}>
              Done
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Dialog>
  );
}
