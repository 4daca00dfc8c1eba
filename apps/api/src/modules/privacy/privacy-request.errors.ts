import { badInput, conflict } from '../../graphql/app-error';
import type { PrivacyRequestStatus } from './privacy-request-enums';

export const requestClosed = (status: PrivacyRequestStatus) =>
  conflict(`this request is already ${status.toLowerCase()}`, 'id');
export const extensionRefused = (field: string, message: string) => badInput(field, message);
