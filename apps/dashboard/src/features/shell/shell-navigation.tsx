import {
  IconFileText,
  IconHome,
  IconKey,
  IconMapPin,
  IconPlus,
  IconSettings,
  IconShieldLock,
  IconSpeakerphone,
  IconUserSearch,
  IconUsers,
  IconWebhook,
  Stack,
} from '@vicinity/ui';
import { RouterNavItem } from './router-nav-item';

export interface ShellNavigationProps {
  tenantId: string | undefined;
}

export function ShellNavigation({ tenantId }: ShellNavigationProps) {
  return (
    <Stack gap={2}>
      {tenantId ? (
        <>
          <RouterNavItem to={`/t/${tenantId}`} end label="Overview" icon={<IconHome size={18} aria-hidden />} />
          <RouterNavItem
            to={`/t/${tenantId}/campaigns`}
            label="Campaigns"
            icon={<IconSpeakerphone size={18} aria-hidden />}
          />
          <RouterNavItem to={`/t/${tenantId}/places`} label="Places" icon={<IconMapPin size={18} aria-hidden />} />
          <RouterNavItem
            to={`/t/${tenantId}/privacy`}
            label="Privacy requests"
            icon={<IconShieldLock size={18} aria-hidden />}
          />
          <RouterNavItem
            to={`/t/${tenantId}/end-users`}
            label="End users"
            icon={<IconUserSearch size={18} aria-hidden />}
          />
          <RouterNavItem to={`/t/${tenantId}/audit`} label="Audit log" icon={<IconFileText size={18} aria-hidden />} />
          <RouterNavItem to={`/t/${tenantId}/members`} label="Members" icon={<IconUsers size={18} aria-hidden />} />
          <RouterNavItem to={`/t/${tenantId}/api-keys`} label="API keys" icon={<IconKey size={18} aria-hidden />} />
          <RouterNavItem to={`/t/${tenantId}/webhooks`} label="Webhooks" icon={<IconWebhook size={18} aria-hidden />} />
          <RouterNavItem
            to={`/t/${tenantId}/settings`}
            label="Settings"
            icon={<IconSettings size={18} aria-hidden />}
          />
        </>
      ) : null}
      <RouterNavItem to="/tenants/new" label="New tenant" icon={<IconPlus size={18} aria-hidden />} />
    </Stack>
  );
}
