import type { Operator } from './operator.entity';
import type { Session } from './session.entity';

export type Principal =
  | { kind: 'operator'; operator: Operator; session: Session }
  | { kind: 'apiKey'; apiKeyId: string; tenantId: string }
  | { kind: 'anonymous' };
