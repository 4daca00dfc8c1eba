import type { ConsentPurpose } from './policy-enums';

export type ConsentFact = { purpose: ConsentPurpose; granted: boolean; recordedAt: Date };

/**
 * The current state of one purpose: the latest record (by recordedAt; on a tie, a withdrawal wins, so the ledger
 * never grants by accident). No record: not granted.
 */
export function isGranted(consents: readonly ConsentFact[], purpose: ConsentPurpose): boolean {
  let latest: ConsentFact | undefined;
  for (const c of consents) {
    if (c.purpose !== purpose) continue;
    const t = c.recordedAt.getTime();
    const lt = latest?.recordedAt.getTime();
    if (!latest || t > lt! || (t === lt && !c.granted)) latest = c;
  }
  return latest?.granted ?? false;
}
