import type { ApiKey } from './api-key.entity';
import type { Operator } from './operator.entity';
import type { Session } from './session.entity';

export type Principal =
  | { kind: 'operator'; operator: Operator; session: Session }
  | { kind: 'apiKey'; apiKey: ApiKey; tenantId: string }
  | { kind: 'anonymous' };
