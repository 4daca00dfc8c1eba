import { describe, expect, it } from 'vitest';
import { loginPath, safeNextPath } from './login-path';

describe('login paths', () => {
  it('remembers the full current path in next', () => {
    expect(loginPath({ pathname: '/t/a/api-keys', search: '?page=2' })).toBe(
      '/login?next=%2Ft%2Fa%2Fapi-keys%3Fpage%3D2',
    );
  });

  it.each(['https://evil.example', '//evil.example', '/\\evil.example', '', null])(
    'never returns to %s, which could leave the dashboard',
    (next) => {
      expect(safeNextPath(next)).toBe('/');
    },
  );

  it('returns to a path inside the dashboard', () => {
    expect(safeNextPath('/t/a/members')).toBe('/t/a/members');
  });
});
