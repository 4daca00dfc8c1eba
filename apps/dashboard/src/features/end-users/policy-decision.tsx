import type { EndUserProfileDetails_EndUserProfileFragment } from '@vicinity/schema/graphql';
import { Alert, Badge, Group } from '@vicinity/ui';
import { reasonLabels } from './end-user-labels';

type Decision = EndUserProfileDetails_EndUserProfileFragment['decision'];

export function PolicyDecision({ decision }: { decision: Decision }) {
  return (
    <Alert
      color={decision.eligible ? 'teal' : 'gray'}
      title={decision.eligible ? 'Can be targeted' : 'Not targeted'}
      aria-label="Policy decision"
    >
      {decision.summary.charAt(0).toUpperCase() + decision.summary.slice(1)}
      {decision.reasons.length > 0 ? (
        <Group gap={4} mt="xs">
          {decision.reasons.map((reason) => (
            <Badge key={reason} color="gray" variant="outline" style={{ textTransform: 'none' }}>
              {reasonLabels[reason]}
            </Badge>
          ))}
        </Group>
      ) : null}
    </Alert>
  );
}
