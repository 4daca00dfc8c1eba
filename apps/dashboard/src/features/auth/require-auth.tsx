import { Navigate, Outlet, useLocation } from 'react-router';
import { getToken } from './auth-token';
import { loginPath } from './login-path';

export function RequireAuth() {
  const location = useLocation();
  if (!getToken()) return <Navigate to={loginPath(location)} replace />;
  return <Outlet />;
}
