import { AppError, conflict, ErrorCode } from '../../graphql/app-error';

export const emailTaken = () => conflict('An operator with this email already exists', 'email');
/** One message for an unknown email and a wrong password: neither is revealed. */
export const invalidCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Email or password is incorrect');
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins; try again in ${retryAfterSeconds} s`, {
    retryAfterSeconds,
  });
