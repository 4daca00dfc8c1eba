const storageKey = 'vicinity.sessionToken';

export function getToken(): string | null {
  return localStorage.getItem(storageKey);
}

export function setToken(token: string): void {
  localStorage.setItem(storageKey, token);
}

export function clearToken(): void {
  localStorage.removeItem(storageKey);
}
