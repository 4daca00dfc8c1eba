import { getToken } from '../features/auth/auth-token';

/** Fetches an export with the session's Bearer token and hands it to the browser as a download. */
export async function downloadFile(url: string, filename: string): Promise<void> {
  const token = getToken();
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`The export failed (HTTP ${response.status}). Try again.`);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
