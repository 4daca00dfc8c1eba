import { NavItem } from '@vicinity/ui';
import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler, useMatch } from 'react-router';

export interface RouterNavItemProps {
  to: string;
  label: string;
  icon?: ReactNode;
  /** Active only on this exact path, not on the paths below it. */
  end?: boolean;
}

export function RouterNavItem({ to, label, icon, end = false }: RouterNavItemProps) {
  const href = useHref(to);
  const handleClick = useLinkClickHandler(to);
  const active = useMatch({ path: to, end }) !== null;
  return <NavItem href={href} label={label} icon={icon} active={active} onClick={handleClick} />;
}
