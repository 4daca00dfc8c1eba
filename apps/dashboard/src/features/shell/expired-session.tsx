import { useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { clearToken } from '../auth/auth-token';
import { loginPath } from '../auth/login-path';

/** The API does not know the stored token any more (`me` is null): drop it and log in again. */
export function ExpiredSession() {
  const location = useLocation();
  useEffect(() => {
    clearToken();
  }, []);
  return <Navigate to={loginPath(location)} replace />;
}
