import { EntitySchema } from '@mikro-orm/core';
import { newId } from '../../db/ids';
import { Operator } from './operator.entity';

/** An operator's sign-in; only the SHA-256 of its token is stored. */
export class Session {
  id: string = newId();
  operator: Operator;
  tokenHash: string;
  createdAt: Date = new Date();
  expiresAt: Date;
  revokedAt?: Date;

  constructor(operator: Operator, tokenHash: string, expiresAt: Date) {
    this.operator = operator;
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
  }
}

export const SessionSchema = new EntitySchema<Session>({
  class: Session,
  tableName: 'session',
  properties: {
    id: { type: 'string', length: 36, primary: true },
    operator: { kind: 'm:1', entity: () => Operator, deleteRule: 'cascade' },
    tokenHash: { type: 'string', length: 64, unique: true },
    createdAt: { type: 'datetime' },
    expiresAt: { type: 'datetime' },
    revokedAt: { type: 'datetime', nullable: true },
  },
});
