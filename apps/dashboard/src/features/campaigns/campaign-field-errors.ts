/** The fields each editor step shows, by the dotted path the API and the step schemas use. */
const stepFields: readonly (readonly string[])[] = [
  ['name', 'content.title', 'content.body', 'content.imageUrl', 'content.actionUrl'],
  ['trigger', 'dwellMinutes', 'geofenceIds', 'beaconIds'],
  [
    'schedule.startsAt',
    'schedule.endsAt',
    'schedule.timeWindows',
    'frequencyCap.maxDeliveries',
    'frequencyCap.perHours',
    'minimumGapMinutes',
    'priority',
    'tags',
  ],
];

const stepRoots: readonly (readonly string[])[] = [['content'], [], ['schedule', 'frequencyCap']];

export const reviewStep = stepFields.length;

function covers(field: string, path: string): boolean {
  return path === field || path.startsWith(`${field}.`);
}

/** The step that shows a field; paths no step shows belong to the review step, where the save button is. */
export function stepOfField(path: string): number {
  const byField = stepFields.findIndex((fields) => fields.some((field) => covers(field, path)));
  if (byField !== -1) return byField;
  const root = path.split('.')[0] ?? '';
  const byRoot = stepRoots.findIndex((roots) => roots.includes(root));
  return byRoot === -1 ? reviewStep : byRoot;
}

/** The first error for a field or anything inside it (e.g. "tags" covers "tags.3"). */
export function errorAt(errors: Record<string, string>, field: string): string | undefined {
  const path = Object.keys(errors).find((candidate) => covers(field, candidate));
  return path === undefined ? undefined : errors[path];
}

/** Errors that belong to a step but to none of the fields it shows, so the step lists them itself. */
export function unplacedErrors(errors: Record<string, string>, step: number): string[] {
  const fields = stepFields[step] ?? [];
  return Object.entries(errors)
    .filter(([path]) => stepOfField(path) === step && !fields.some((field) => covers(field, path)))
    .map(([path, message]) => (path ? `${path}: ${message}` : message));
}

export function firstStepWithError(errors: Record<string, string>): number | undefined {
  const steps = Object.keys(errors).map(stepOfField);
  return steps.length === 0 ? undefined : Math.min(...steps);
}

/** Keeps the errors of other steps and replaces those of `step`. */
export function replaceStepErrors(
  errors: Record<string, string>,
  step: number,
  stepErrors: Record<string, string>,
): Record<string, string> {
  const kept = Object.fromEntries(Object.entries(errors).filter(([path]) => stepOfField(path) !== step));
  return { ...kept, ...stepErrors };
}
