import type { PrivacyRequestStatus, PrivacyRequestType } from '@vicinity/schema/graphql';
import { useSearchParams } from 'react-router';
import { isRequestStatus, isRequestType } from './privacy-request-labels';

export interface PrivacyRequestFilters {
  status: PrivacyRequestStatus | undefined;
  type: PrivacyRequestType | undefined;
  overdue: boolean;
}

/** The queue's filters live in the address, so coming back from a request shows the same queue. */
export function usePrivacyRequestFilters() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const type = params.get('type') ?? '';
  const filters: PrivacyRequestFilters = {
    status: isRequestStatus(status) ? status : undefined,
    type: isRequestType(type) ? type : undefined,
    overdue: params.get('overdue') === 'true',
  };

  function setFilters(next: PrivacyRequestFilters) {
    const nextParams = new URLSearchParams();
    if (next.status) nextParams.set('status', next.status);
    if (next.type) nextParams.set('type', next.type);
    if (next.overdue) nextParams.set('overdue', 'true');
    setParams(nextParams, { replace: true });
  }

  const filtered = Boolean(filters.status || filters.type || filters.overdue);
  return {
    filters,
    setFilters,
    filtered,
    clearFilters: () => setFilters({ status: undefined, type: undefined, overdue: false }),
  };
}
