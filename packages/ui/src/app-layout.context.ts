import { createContext, useContext } from 'react';

interface AppLayoutNavigation {
  closeNavbar: () => void;
}

export const AppLayoutNavigationContext = createContext<AppLayoutNavigation>({ closeNavbar: () => undefined });

export function useAppLayoutNavigation(): AppLayoutNavigation {
  return useContext(AppLayoutNavigationContext);
}
