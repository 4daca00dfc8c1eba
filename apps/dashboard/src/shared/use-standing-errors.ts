import { useState } from 'react';

/** The value at a dotted path ("schedule.timeWindows.0.startTime"); untouched parts of a draft keep their identity. */
function valueAt(values: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], values);
}

/**
 * Form errors that last only while their field holds the value they were found in: fixing the field (or anything
 * else changing it) clears its error at once, and errors of other fields stay. Errors are keyed by dotted path.
 */
export function useStandingErrors<Values>(values: Values) {
  const [found, setFound] = useState<{ values: Values; errors: Record<string, string> }>({ values, errors: {} });
  const errors = Object.fromEntries(
    Object.entries(found.errors).filter(([path]) => valueAt(values, path) === valueAt(found.values, path)),
  );
  const setErrors = (next: Record<string, string>) => setFound({ values, errors: next });
  return [errors, setErrors] as const;
}
