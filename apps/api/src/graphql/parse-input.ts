import type { z } from 'zod';
import { badInput } from './app-error';

/** Validates an input; the first problem becomes BAD_USER_INPUT naming its field, before anything is written. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'input';
  throw badInput(field, `${field}: ${issue?.message ?? 'invalid value'}`);
}
