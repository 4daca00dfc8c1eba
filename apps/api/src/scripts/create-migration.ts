import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import type { Config } from '../config';
import { migrate } from '../db/migrate';
import { ormOptions } from '../db/orm';

/**
 * `pnpm migration:create <name>`: writes the migration that brings a database at the newest committed migration to the
 * entities as they are now, once for SQLite and once for PostgreSQL (a server at MIGRATION_POSTGRES_URL, default the
 * local one). Read both before committing them (migrations only go up: delete the generated down()), and list them in
 * src/db/migrations/index.ts.
 */
const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) {
  process.stderr.write('usage: pnpm migration:create <snake_case_name>\n');
  process.exit(2);
}
const adminUrl = process.env.MIGRATION_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function withScratchDatabase(kind: Config['database']['kind'], work: (db: Config['database']) => Promise<void>) {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'vicinity-migration-'));
    try {
      await work({ kind, path: join(dir, 'scratch.db') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  const database = `vicinity_migration_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    await work({ kind, url: url.toString() });
  } finally {
    await admin.query(`drop database ${database} with (force)`);
    await admin.end();
  }
}

// One timestamp for both kinds, so a change's two migrations share their name.
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);

for (const kind of ['sqlite', 'postgres'] as const) {
  await withScratchDatabase(kind, async (database) => {
    const orm = await MikroORM.init(ormOptions(database));
    try {
      await migrate(orm, kind);
      const created = await orm.getMigrator().createMigration(undefined, false, false, name);
      if (!created.fileName) {
        process.stdout.write(`${kind}: nothing changed\n`);
        return;
      }
      const generated = created.fileName.replace(/\.ts$/, '');
      const wanted = `Migration${stamp}_${name}`;
      const dir = join(fileURLToPath(new URL('../db/migrations/', import.meta.url)), kind);
      const code = readFileSync(join(dir, created.fileName), 'utf8').replace(generated, wanted);
      rmSync(join(dir, created.fileName));
      writeFileSync(join(dir, `${wanted}.ts`), code);
      process.stdout.write(`${kind}: wrote src/db/migrations/${kind}/${wanted}.ts\n`);
    } finally {
      await orm.close();
    }
  });
}
