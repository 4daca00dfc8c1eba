import { badInput } from '../../graphql/app-error';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https everywhere; plain http only to this machine, and never in production (a receiver's secret would travel clear). */
export function checkWebhookUrl(url: string, production: boolean): string {
  const parsed = new URL(url);
  if (parsed.protocol === 'https:') return parsed.toString();
  if (!production && LOCAL_HOSTS.has(parsed.hostname)) return parsed.toString();
  throw badInput(
    'url',
    production
      ? 'must start with https://'
      : 'must start with https:// (http:// is only for localhost during development)',
  );
}
