import type { TypePolicies } from '@apollo/client';

/**
 * Objects without an id that pages fetch in different shapes: the home page asks a campaign's schedule for its end
 * only, the editor for its time windows too. Merged field by field, one page's answer never drops another's.
 */
export const typePolicies: TypePolicies = {
  Schedule: { merge: true },
};
