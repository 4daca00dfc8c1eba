import { z } from 'zod';

/** Denials and extensions must say why: the law asks for it and the person is told. */
export const reasonSchema = z
  .string()
  .trim()
  .min(1, 'Give the reason; it is recorded and shared with the person.')
  .max(500, 'At most 500 characters');
