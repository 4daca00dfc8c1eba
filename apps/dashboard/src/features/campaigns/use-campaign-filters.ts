import type { CampaignStatus, Trigger } from '@vicinity/schema/graphql';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isCampaignStatus } from './campaign-status';
import { isTrigger } from './campaign-trigger';

export interface CampaignFilters {
  status: CampaignStatus | undefined;
  trigger: Trigger | undefined;
  /** As typed, trailing spaces included, so the field does not change under the user's fingers. */
  tag: string;
  search: string;
  /** 'archived' lists only archived campaigns; '' the live ones. */
  view: '' | 'archived';
}

type FilterKey = keyof CampaignFilters;
const filterKeys: FilterKey[] = ['status', 'trigger', 'tag', 'search', 'view'];
const noFilters: CampaignFilters = { status: undefined, trigger: undefined, tag: '', search: '', view: '' };

function filtersFromParams(params: URLSearchParams): CampaignFilters {
  const status = params.get('status') ?? '';
  const trigger = params.get('trigger') ?? '';
  return {
    status: isCampaignStatus(status) ? status : undefined,
    trigger: isTrigger(trigger) ? trigger : undefined,
    tag: params.get('tag') ?? '',
    search: params.get('search') ?? '',
    view: params.get('view') === 'archived' ? 'archived' : '',
  };
}

function paramsFromFilters(filters: CampaignFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key];
    if (value?.trim()) params.set(key, value);
  }
  return params;
}

/**
 * The list's filters, mirrored into the address so that coming back from a campaign shows the same list.
 * State is the source of truth: filters set from timers (debounced text) must not overwrite each other.
 */
export function useCampaignFilters() {
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState(() => filtersFromParams(params));

  useEffect(() => {
    const next = paramsFromFilters(filters);
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  }, [filters, params, setParams]);

  function setFilter(key: FilterKey, value: string) {
    setFilters((current) => {
      const next = { ...current, [key]: value };
      return filtersFromParams(paramsFromFilters(next));
    });
  }

  const filtered = filterKeys.some((key) => filters[key]?.trim());
  return { filters, filtered, setFilter, clearFilters: () => setFilters(noFilters) };
}
