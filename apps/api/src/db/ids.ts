import { randomUUID } from 'node:crypto';

/** Random, unguessable ids: nothing about another tenant can be found by counting. */
export const newId = (): string => randomUUID();
