import { NavLink } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { useAppLayoutNavigation } from './app-layout.context';

export interface NavItemProps {
  href: string;
  label: string;
  icon?: ReactNode;
  active?: boolean;
  /** Lets a client-side router take over the click; it should call preventDefault. */
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
}

export function NavItem({ href, label, icon, active = false, onClick }: NavItemProps) {
  const { closeNavbar } = useAppLayoutNavigation();
  return (
    <NavLink
      component="a"
      href={href}
      label={label}
      leftSection={icon}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        closeNavbar();
      }}
    />
  );
}
