import type { Context } from '../../context';
import type { PrivacyRequest } from './privacy-request.entity';

/** Adds a step to the request's own timeline, naming the operator who took it. */
export function addEvent(ctx: Context, request: PrivacyRequest, action: string, note?: string): void {
  const actorName = ctx.principal.kind === 'operator' ? ctx.principal.operator.name : undefined;
  request.timeline = [...request.timeline, { at: ctx.app.now().toISOString(), action, note, actorName }];
}
