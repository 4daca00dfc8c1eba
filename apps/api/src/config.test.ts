import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the embedded SQLite file on port 4000', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'sqlite', path: './data/vicinity.db' });
    expect(config.port).toBe(4000);
    expect(config.demoSeed).toBe(true);
  });

  it('reads a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h:5432/db',
    });
  });

  it('refuses a bad value, naming it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
  });

  it('requires a suppression secret in production, and seeds no demo there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SUPPRESSION_SECRET/);
    const production = loadConfig({ NODE_ENV: 'production', SUPPRESSION_SECRET: 's'.repeat(32) });
    expect(production.demoSeed).toBe(false);
    expect(production.production).toBe(true);
  });
});

describe('the proxies to trust', () => {
  it('trusts none by default, and a hop count or a list of addresses when told', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,127.0.0.1' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});

describe('webhook delivery', () => {
  it('dispatches by default, and reaches private networks only outside production unless told', () => {
    expect(loadConfig({}).webhooks).toEqual({
      dispatcher: true,
      timeoutMs: 10_000,
      pollMs: 1000,
      maxPerSecond: 10,
      pauseAfterFailures: 20,
      allowPrivateAddresses: true,
    });
    const production = { NODE_ENV: 'production', SUPPRESSION_SECRET: 's'.repeat(32) };
    expect(loadConfig(production).webhooks.allowPrivateAddresses).toBe(false);
    expect(loadConfig({ ...production, WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' }).webhooks.allowPrivateAddresses).toBe(
      true,
    );
    expect(loadConfig({ WEBHOOK_DISPATCHER: 'off' }).webhooks.dispatcher).toBe(false);
    expect(() => loadConfig({ WEBHOOK_TIMEOUT_MS: '0' })).toThrow(/WEBHOOK_TIMEOUT_MS/);
  });
});
