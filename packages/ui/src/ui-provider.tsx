import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { theme } from './theme';

export interface UiProviderProps {
  children: ReactNode;
  /** "test" turns off transitions and portals so jsdom tests see final states at once. */
  env?: 'default' | 'test';
}

export function UiProvider({ children, env = 'default' }: UiProviderProps) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" env={env}>
      <Notifications position="top-right" />
      {children}
    </MantineProvider>
  );
}
