import { Text } from '@vicinity/ui';

export interface SubjectLabelProps {
  request: { subjectLabel: string; subjectReference: string };
}

/**
 * The masked identifier and the subject's reference: two people whose masks read alike ("device •••") differ by
 * reference, and every request about one person carries the same one.
 */
export function SubjectLabel({ request }: SubjectLabelProps) {
  return (
    <Text size="sm" span>
      {request.subjectLabel}{' '}
      <Text span size="xs" c="dimmed" ff="monospace" title="The same reference means the same person">
        ref {request.subjectReference}
      </Text>
    </Text>
  );
}
