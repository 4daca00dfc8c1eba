import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { cssVariablesResolver, theme } from './theme';

export interface UiProviderProps {
  children: ReactNode;
  /** "test" turns off transitions and portals so jsdom tests see final states at once. */
  env?: 'default' | 'test';
}

export function UiProvider({ children, env = 'default' }: UiProviderProps) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" env={env}>
      {/* Bottom right: at the top they covered the page actions (Archive, Pause) just after one was used. */}
      <Notifications position="bottom-right" limit={3} />
      {children}
    </MantineProvider>
  );
}
