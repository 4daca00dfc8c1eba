import { Jurisdiction } from './privacy-request-enums';
import { US_STATE_NAMES } from './us-states';

/** The jurisdiction of a request as a privacy officer reads it: "Virginia (state law)", "US (state unknown)…". */
export function jurisdictionWords(jurisdiction: Jurisdiction, usState?: string | null): string {
  const state = usState ? (US_STATE_NAMES[usState] ?? usState) : undefined;
  switch (jurisdiction) {
    case Jurisdiction.EU_EEA_UK_CH:
      return 'EU, EEA, UK or Switzerland (GDPR)';
    case Jurisdiction.US_CA:
      return 'California (CCPA)';
    case Jurisdiction.US_STATE:
      return `${state ?? 'A US state'} (state privacy law)`;
    case Jurisdiction.US_GENERAL:
      return state ? `${state}, no state privacy law: general US rules` : 'US (state unknown): general US rules';
    case Jurisdiction.OTHER:
      return 'Elsewhere or unknown: the stricter of GDPR and CCPA';
  }
}
