import type { InvitationPreviewQuery } from '@vicinity/schema/graphql';
import { Alert } from '@vicinity/ui';
import { formatDate } from '../../shared/format-date';
import { roleLabels } from '../../shared/roles';

export interface InvitationBannerProps {
  /** null: the link is not valid, for whatever reason (the API tells no more). */
  preview: InvitationPreviewQuery['invitationPreview'];
}

export function InvitationBanner({ preview }: InvitationBannerProps) {
  if (!preview) {
    return (
      <Alert color="yellow" title="This invitation link is not valid" role="note">
        It may have been used, revoked or have expired. Ask the person who invited you for a new link.
      </Alert>
    );
  }
  return (
    <Alert color="blue" title={`Join ${preview.tenantName}`} role="note">
      You are invited as {roleLabels[preview.role].toLowerCase()}, with the email {preview.email}. The link works until{' '}
      {formatDate(preview.expiresAt)}.
    </Alert>
  );
}
