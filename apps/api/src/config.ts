import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const databaseUrl = z.string().refine((v) => v.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(v), {
  message: 'DATABASE_URL must be sqlite:<path> or postgres://user@host:port/db',
});

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: databaseUrl.default('sqlite:./data/vicinity.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86400).default(60),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(100000).default(5000),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(200).default(30),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(100).max(1000000).default(5000),
  DEMO_SEED: booleanFlag.optional(),
  SDK_RATE_LIMIT_PER_SECOND: z.coerce.number().min(0.1).max(100000).default(50),
  SDK_RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(100000).default(100),
  USAGE_FLUSH_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  SUPPRESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SERVE_DASHBOARD: booleanFlag.optional(),
  DASHBOARD_DIR: z.string().min(1).default('../dashboard/dist'),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/,
      'a hop count, or addresses and CIDR ranges separated by commas',
    )
    .optional(),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\//.test(v), { message: 'REDIS_URL must be redis://host:port or rediss://…' })
    .optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, 'letters, digits and _ : . - only')
    .default('vicinity:'),
  PURGE_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .default(60),
  WEBHOOK_DISPATCHER: z.enum(['on', 'off']).default('on'),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(10_000),
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  WEBHOOK_MAX_PER_SECOND: z.coerce.number().min(0.1).max(1000).default(10),
  WEBHOOK_PAUSE_AFTER_FAILURES: z.coerce.number().int().min(1).max(1000).default(20),
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: booleanFlag.optional(),
});

export type DatabaseKind = 'sqlite' | 'postgres';

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  production: boolean;
  host: string;
  port: number;
  database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

  logLevel: string;
  sessionTtlHours: number;
  login: { maxFailures: number; lockoutSeconds: number };
  graphql: { maxTokens: number; maxDepth: number; maxAliases: number; maxCost: number };
  demoSeed: boolean;
  sdkRateLimit: { perSecond: number; burst: number };
  usageFlushSeconds: number;
  /** Keys the hashes on the suppression list of children's devices. */
  suppressionSecret: string;
  /** How often the retention purge runs in this process; 0: never (another replica or a cron does it). */
  purgeIntervalMinutes: number;
  /** The dashboard's built files, served from the API's own origin; undefined: not served (the dev server does). */
  dashboardDir?: string;
  /**
   * Proxies whose X-Forwarded-For is believed (a hop count, or their addresses): behind a load balancer the client's
   * address, which sign-in lockouts count by, is otherwise the balancer's.
   */
  trustProxy: number | string[] | false;
  /** When set, /metrics answers only requests bearing it. */
  metricsToken?: string;
  /** What replicas share (rate limits, lockouts, cache invalidation, the purge lease); in process when absent. */
  redis?: { url: string; prefix: string };
  webhooks: {
    /** Whether this process delivers webhooks (every PostgreSQL replica may; on SQLite, one server does). */
    dispatcher: boolean;
    timeoutMs: number;
    pollMs: number;
    /** Deliveries a second to one endpoint, from this process. */
    maxPerSecond: number;
    /** Failed attempts in a row after which an endpoint is paused. */
    pauseAfterFailures: number;
    /** Whether loopback, private and link-local addresses may be sent to (never in production unless told). */
    allowPrivateAddresses: boolean;
  };
};

const DEVELOPMENT_SUPPRESSION_SECRET = 'vicinity-development-only-suppression-secret';

export class ConfigError extends Error {}

/** Parses and validates every environment variable the API reads; the only place that touches process.env. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.SUPPRESSION_SECRET) {
    throw new ConfigError('Invalid configuration:\nSUPPRESSION_SECRET: required in production (32+ random characters)');
  }
  if (e.NODE_ENV === 'production' && e.DEMO_SEED) {
    throw new ConfigError('Invalid configuration:\nDEMO_SEED: the demo is never seeded in production');
  }
  const dashboardDir = resolve(e.DASHBOARD_DIR);
  const serveDashboard =
    e.SERVE_DASHBOARD ?? (e.NODE_ENV === 'production' && existsSync(join(dashboardDir, 'index.html')));
  return {
    nodeEnv: e.NODE_ENV,
    production: e.NODE_ENV === 'production',
    host: e.HOST,
    port: e.PORT,
    database: e.DATABASE_URL.startsWith('sqlite:')
      ? { kind: 'sqlite', path: e.DATABASE_URL.slice('sqlite:'.length) }
      : { kind: 'postgres', url: e.DATABASE_URL },
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    login: { maxFailures: e.LOGIN_MAX_FAILURES, lockoutSeconds: e.LOGIN_LOCKOUT_SECONDS },
    graphql: {
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxCost: e.GRAPHQL_MAX_COST,
    },
    demoSeed: e.DEMO_SEED ?? e.NODE_ENV === 'development',
    sdkRateLimit: { perSecond: e.SDK_RATE_LIMIT_PER_SECOND, burst: e.SDK_RATE_LIMIT_BURST },
    usageFlushSeconds: e.USAGE_FLUSH_SECONDS,
    suppressionSecret: e.SUPPRESSION_SECRET ?? DEVELOPMENT_SUPPRESSION_SECRET,
    purgeIntervalMinutes: e.PURGE_INTERVAL_MINUTES,
    dashboardDir: serveDashboard ? dashboardDir : undefined,
    trustProxy: !e.TRUST_PROXY ? false : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY.split(','),
    metricsToken: e.METRICS_TOKEN,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.REDIS_PREFIX } : undefined,
    webhooks: {
      dispatcher: e.WEBHOOK_DISPATCHER === 'on',
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      pollMs: e.WEBHOOK_POLL_MS,
      maxPerSecond: e.WEBHOOK_MAX_PER_SECOND,
      pauseAfterFailures: e.WEBHOOK_PAUSE_AFTER_FAILURES,
      allowPrivateAddresses: e.WEBHOOK_ALLOW_PRIVATE_ADDRESSES ?? e.NODE_ENV !== 'production',
    },
  };
}
