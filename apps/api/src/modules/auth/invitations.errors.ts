import { AppError, badInput, conflict, ErrorCode, forbidden } from '../../graphql/app-error';

/** One answer for an unknown, used, revoked or expired token: a token tells nothing about why it does not work. */
export const invitationNotValid = () =>
  new AppError(ErrorCode.NOT_FOUND, 'This invitation is not valid: it may have been used, revoked or have expired');
export const signUpWithAnotherEmail = () =>
  badInput('email', 'This invitation was sent to another email address: sign up with that one');
export const acceptWithAnotherEmail = () =>
  forbidden('This invitation was sent to another email address: sign in with that one to accept it');
export const invitationAlreadyAccepted = () =>
  conflict('This invitation has already been accepted: remove the member instead');
