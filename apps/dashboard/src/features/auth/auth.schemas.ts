import { z } from 'zod';

export const minimumPasswordLength = 10;

const email = z.string().trim().pipe(z.email('Enter a valid email address'));

export const signUpSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name'),
  email,
  password: z.string().min(minimumPasswordLength, `Use at least ${minimumPasswordLength} characters`),
});

export const logInSchema = z.object({
  email,
  password: z.string().min(1, 'Enter your password'),
});
