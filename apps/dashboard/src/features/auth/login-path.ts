interface PathLike {
  pathname: string;
  search: string;
}

const publicPaths = new Set(['/login', '/signup']);

export function isPublicPath(pathname: string): boolean {
  return publicPaths.has(pathname);
}

export function loginPath(current: PathLike): string {
  return `/login?next=${encodeURIComponent(current.pathname + current.search)}`;
}

/** Only same-origin paths: `next` comes from the URL, so it must not become an open redirect. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
