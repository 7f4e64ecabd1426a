import { Link, NavLink, useLocation, type LinkProps, type NavLinkProps } from 'react-router';

/**
 * Links that keep the current search parameters (language and scenario), so moving
 * between views never loses the analyst's assumptions.
 */
export function AppLink({ to, ...rest }: Omit<LinkProps, 'to'> & { to: string }) {
  const { search } = useLocation();
  return <Link to={{ pathname: to, search }} {...rest} />;
}

export function AppNavLink({ to, ...rest }: Omit<NavLinkProps, 'to'> & { to: string }) {
  const { search } = useLocation();
  return <NavLink to={{ pathname: to, search }} {...rest} />;
}
