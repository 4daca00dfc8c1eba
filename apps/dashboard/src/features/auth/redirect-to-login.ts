import type { DataRouter } from 'react-router';
import { isPublicPath, loginPath } from './login-path';

/** Sends the operator to log in, remembering where they were; a no-op on the log-in and sign-up pages. */
export function redirectToLogin(router: DataRouter): void {
  const { pathname, search } = router.state.location;
  if (isPublicPath(pathname)) return;
  void router.navigate(loginPath({ pathname, search }), { replace: true });
}
