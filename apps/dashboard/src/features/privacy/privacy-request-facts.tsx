import type { PrivacyRequestDetails_PrivacyRequestFragment } from '@vicinity/schema/graphql';
import { Anchor, Badge, FactList, Group, type Fact } from '@vicinity/ui';
import { Link } from 'react-router';
import { formatDate } from '../../shared/format-date';
import { DueDateBadge } from './due-date-badge';
import { formatDateTime } from './format-date-time';
import { SubjectLabel } from './subject-label';
import { isOpen, requestStatusLabels, requestTypeLabels } from './privacy-request-labels';

export interface PrivacyRequestFactsProps {
  tenantId: string;
  request: PrivacyRequestDetails_PrivacyRequestFragment;
}

export function PrivacyRequestFacts({ tenantId, request }: PrivacyRequestFactsProps) {
  const facts: Fact[] = [
    { label: 'Type', value: requestTypeLabels[request.type] },
    { label: 'Status', value: requestStatusLabels[request.status] },
    { label: 'Jurisdiction', value: request.jurisdictionName },
    {
      label: 'Subject',
      value: (
        <Group gap="xs">
          <SubjectLabel request={request} />
          {request.subjectFound ? null : (
            <Badge color="gray" variant="light">
              No matching end user
            </Badge>
          )}
        </Group>
      ),
    },
    { label: 'Received', value: formatDateTime(request.receivedAt) },
    {
      label: 'Due',
      value: <DueDateBadge dueAt={request.dueAt} daysLeft={request.daysLeft} open={isOpen(request.status)} />,
    },
    { label: 'Acknowledge by', value: request.acknowledgeBy ? formatDate(request.acknowledgeBy) : 'Not required' },
    {
      label: 'Extension',
      value: request.extendedUntil
        ? `Until ${formatDate(request.extendedUntil)}${request.extensionReason ? ` — ${request.extensionReason}` : ''}`
        : 'None',
    },
  ];
  const closedAt = request.closedAt ?? request.completedAt;
  if (closedAt) facts.push({ label: 'Closed', value: formatDateTime(closedAt) });
  if (request.denialReason) facts.push({ label: 'Reason for denial', value: request.denialReason });
  if (request.note) facts.push({ label: 'Note', value: request.note });
  if (request.duplicateOfId) {
    facts.push({
      label: 'Duplicate of',
      value: (
        <Anchor component={Link} to={`/t/${tenantId}/privacy/${request.duplicateOfId}`}>
          The open request for the same person
        </Anchor>
      ),
    });
  }
  if (request.repeatAccessWithin12Months) {
    facts.push({
      label: 'Repeat access',
      value: (
        <Badge color="yellow" variant="light" style={{ textTransform: 'none' }}>
          Second access request within 12 months (CCPA allows declining)
        </Badge>
      ),
    });
  }
  return <FactList facts={facts} />;
}
