import { AppShell, Burger, Group, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo, type ReactNode } from 'react';
import { AppLayoutNavigationContext } from './app-layout.context';

export interface AppLayoutProps {
  brand: ReactNode;
  navigation: ReactNode;
  children: ReactNode;
  tenantSwitcher?: ReactNode;
  userMenu?: ReactNode;
}

export function AppLayout({ brand, navigation, children, tenantSwitcher, userMenu }: AppLayoutProps) {
  const [navbarOpened, { toggle, close }] = useDisclosure(false);
  const navigationContext = useMemo(() => ({ closeNavbar: close }), [close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navbarOpened ? 'Close navigation' : 'Open navigation'}
            />
            <Group visibleFrom="xs">{brand}</Group>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {tenantSwitcher}
            {userMenu}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <AppShell.Section grow component={ScrollArea}>
          <AppLayoutNavigationContext.Provider value={navigationContext}>
            {navigation}
          </AppLayoutNavigationContext.Provider>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
