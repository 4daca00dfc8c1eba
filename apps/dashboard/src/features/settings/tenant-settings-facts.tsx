import type { TenantSettingsForm_TenantFragment } from '@vicinity/schema/graphql';
import { FactList } from '@vicinity/ui';

/** The processing settings for roles that may read but not change them. */
export function TenantSettingsFacts({ tenant }: { tenant: TenantSettingsForm_TenantFragment }) {
  return (
    <FactList
      facts={[
        { label: 'Minimum age', value: `${tenant.minimumAge} years` },
        { label: 'Marketing consent required', value: tenant.requireMarketingConsent ? 'Yes' : 'No' },
        { label: 'Privacy policy version', value: tenant.policyVersion },
        { label: 'Time zone', value: tenant.timezone },
      ]}
    />
  );
}
