import type { z } from 'zod';

/** The first message per top-level field of a failed zod parse. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!(field in byField)) byField[field] = issue.message;
  }
  return byField;
}
