import type { Decision } from './decide';
import { IneligibilityReason } from './policy-enums';

/** Why an end user is not targeted, in the words the dashboard shows a privacy officer. */
export const REASON_WORDS: Record<IneligibilityReason, string> = {
  [IneligibilityReason.UNKNOWN_END_USER]: 'no such end user',
  [IneligibilityReason.LOCATION_DENIED]: 'location permission denied',
  [IneligibilityReason.UNDER_MINIMUM_AGE]: 'under the minimum age',
  [IneligibilityReason.MARKETING_CONSENT_MISSING]: 'no marketing consent',
  [IneligibilityReason.PROCESSING_RESTRICTED]: 'processing restricted or objected to',
  [IneligibilityReason.TENANT_SUSPENDED]: 'the tenant is suspended',
};

/** One sentence for a decision: "targeted: every condition is met" or "not targeted: <reason>, <reason>". */
export function explainDecision(decision: Decision): string {
  if (decision.eligible) return 'targeted: every condition is met';
  return `not targeted: ${decision.reasons.map((r) => REASON_WORDS[r]).join(', ')}`;
}
