import { Badge } from '@vicinity/ui';
import type { TargetRef } from './campaign-draft';

/** A chosen place by name; an archived one is marked so, since it no longer triggers the campaign. */
export function TargetBadge({ target }: { target: TargetRef }) {
  return target.archived ? (
    <Badge variant="outline" color="gray" title="Archived: it triggers nothing until it is restored">
      {target.name} · Archived
    </Badge>
  ) : (
    <Badge variant="light">{target.name}</Badge>
  );
}
