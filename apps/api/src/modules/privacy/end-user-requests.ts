import type { Context } from '../../context';
import type { EndUser } from '../end-users/end-user.entity';
import { completeRequest, type CompletedRequest } from './carry-out-request';
import { PrivacyRequestType } from './privacy-request-enums';
import { newRequest } from './privacy-request.service';

/**
 * A request made and carried out in one step from an end user's profile (restrict, lift, report a child), so that
 * the action has the same record, timeline and audit trail as any other request.
 */
export async function oneStepRequest(
  ctx: Context,
  endUser: EndUser,
  type: PrivacyRequestType,
  options: { lift?: boolean } = {},
): Promise<CompletedRequest> {
  const request = newRequest(
    ctx,
    endUser.tenant,
    { endUser, given: { kind: 'device', value: endUser.deviceId }, key: { kind: 'device', value: endUser.deviceId } },
    { type, lift: options.lift },
  );
  return completeRequest(ctx, request);
}
