import { Alert, Button, Code, CopyableSecret, Dialog, Group, Stack, Text } from '@vicinity/ui';

export interface ShownSecret {
  title: string;
  url: string;
  secret: string;
}

export interface WebhookSecretDialogProps {
  shown: ShownSecret | null;
  onDone: () => void;
}

export function WebhookSecretDialog({ shown, onDone }: WebhookSecretDialogProps) {
  return (
    <Dialog opened={shown !== null} onClose={onDone} title={shown?.title ?? ''} dismissible={false}>
      {shown ? (
        <Stack gap="md">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            Deliveries to <strong>{shown.url}</strong> are signed with this secret. Store it where your receiver reads
            its configuration.
          </Text>
          <Alert color="yellow" title="Copy it now">
            You won&apos;t see this secret again. If you lose it, rotate the secret to get a new one.
          </Alert>
          <CopyableSecret label="Signing secret" value={shown.secret} copyLabel="Copy secret" />
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Verifying a delivery
            </Text>
            <Text size="sm">
              Each request carries the header <Code>Vicinity-Signature: t=…,v1=…</Code>. Compute the HMAC-SHA256, keyed
              by this secret, of <Code>{'<t>.<raw body>'}</Code> and compare its hex digest with <Code>v1</Code>; reject
              a <Code>t</Code> older than five minutes. De-duplicate by <Code>Vicinity-Event-Id</Code>.
            </Text>
            <Text size="sm">
              The project README, section “Webhooks and engagement export”, has the check in a few lines of code.
            </Text>
          </Stack>
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
