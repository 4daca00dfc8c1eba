import { useMutation } from '@apollo/client/react';
import type { ApiKeysTable_ApiKeyFragment } from '@vicinity/schema/graphql';
import { ConfirmDialog, toast } from '@vicinity/ui';
import { describeError } from '../../shared/graphql-errors';
import { RevokeApiKeyMutation } from './api-keys.operations';

export interface RevokeApiKeyDialogProps {
  apiKey: ApiKeysTable_ApiKeyFragment | null;
  onClose: () => void;
}

export function RevokeApiKeyDialog({ apiKey, onClose }: RevokeApiKeyDialogProps) {
  const [revokeApiKey, { loading }] = useMutation(RevokeApiKeyMutation);

  async function handleConfirm() {
    if (!apiKey) return;
    try {
      await revokeApiKey({ variables: { id: apiKey.id } });
      toast.success(`${apiKey.name} no longer works.`, 'API key revoked');
    } catch (caught) {
      const described = describeError(caught);
      toast.error(described.message, described.title);
    } finally {
      onClose();
    }
  }

  return (
    <ConfirmDialog
      opened={apiKey !== null}
      title="Revoke API key?"
      message={
        apiKey ? `Backends using “${apiKey.name}” (${apiKey.prefix}…) are refused at once. This cannot be undone.` : ''
      }
      confirmLabel="Revoke key"
      loading={loading}
      onConfirm={() => void handleConfirm()}
      onCancel={onClose}
    />
  );
}
