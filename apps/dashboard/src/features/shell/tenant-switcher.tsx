import { SelectField } from '@vicinity/ui';
import { useLocation, useNavigate } from 'react-router';

export interface TenantSwitcherProps {
  tenants: readonly { id: string; name: string }[];
  currentTenantId: string | undefined;
}

export function TenantSwitcher({ tenants, currentTenantId }: TenantSwitcherProps) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (tenants.length === 0) return null;

  // Switching keeps the operator on the same page (members, API keys…) of the other tenant.
  const section = currentTenantId ? pathname.split('/').slice(3).join('/') : '';
  const options = tenants.map((tenant) => ({ value: tenant.id, label: tenant.name }));

  return (
    <SelectField
      label="Tenant"
      hideLabel
      value={currentTenantId ?? ''}
      options={currentTenantId ? options : [{ value: '', label: 'Choose a tenant' }, ...options]}
      onChange={(tenantId) => {
        if (tenantId) void navigate(section ? `/t/${tenantId}/${section}` : `/t/${tenantId}`);
      }}
      style={{ width: 'min(220px, 45vw)' }}
    />
  );
}
