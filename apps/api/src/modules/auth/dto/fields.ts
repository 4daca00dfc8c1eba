import { z } from 'zod';

export const emailField = z.string().trim().toLowerCase().max(254).pipe(z.email('must be an email address'));
export const passwordField = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(256, 'must be at most 256 characters');
export const nameField = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
export const idField = z.uuid('must be an id');
