import { useMutation } from '@apollo/client/react';
import type { RevealEndUserContactMutation } from '@vicinity/schema/graphql';
import { Button, Group, Stack, Text } from '@vicinity/ui';
import { useState } from 'react';
import { describeError } from '../../shared/graphql-errors';
import { RevealEndUserContactMutation as RevealContact } from './end-users.operations';

type Revealed = RevealEndUserContactMutation['revealEndUserContact'];

export interface EndUserContactProps {
  endUserId: string;
  maskedEmail: string | null;
  maskedPhone: string | null;
}

/** Contact details stay masked until someone reveals them on purpose; the API records who did. */
export function EndUserContact({ endUserId, maskedEmail, maskedPhone }: EndUserContactProps) {
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [reveal, { loading }] = useMutation(RevealContact, { fetchPolicy: 'no-cache' });

  async function handleReveal() {
    setFailure(null);
    try {
      const { data } = await reveal({ variables: { id: endUserId } });
      if (data) setRevealed(data.revealEndUserContact);
    } catch (caught) {
      setFailure(describeError(caught).message);
    }
  }

  const email = revealed ? revealed.email : maskedEmail;
  const phone = revealed ? revealed.phone : maskedPhone;
  return (
    <Stack gap={4}>
      <Text size="sm">Email: {email ?? 'none'}</Text>
      <Text size="sm">Phone: {phone ?? 'none'}</Text>
      {revealed || (!maskedEmail && !maskedPhone) ? null : (
        <Group gap="sm">
          <Button variant="secondary" size="xs" loading={loading} onClick={() => void handleReveal()}>
            Reveal
          </Button>
          <Text size="xs" c="dimmed">
            Revealing is logged in the audit log with your name.
          </Text>
        </Group>
      )}
      {failure ? (
        <Text size="xs" c="red" role="alert">
          {failure}
        </Text>
      ) : null}
    </Stack>
  );
}
