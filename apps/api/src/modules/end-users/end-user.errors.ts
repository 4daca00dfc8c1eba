import { badInput } from '../../graphql/app-error';

export const unknownDevice = () =>
  badInput('deviceId', 'deviceId: no end user with this device; call upsertEndUser first');
export const consentFromTheFuture = () => badInput('recordedAt', 'recordedAt: must not be in the future');
