import { AppError, ErrorCode } from '../../graphql/app-error';

/** One message for an unknown email and a wrong password: neither is revealed. */
export const invalidCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Email or password is incorrect');
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins; try again in ${retryAfterSeconds} s`, {
    retryAfterSeconds,
  });
