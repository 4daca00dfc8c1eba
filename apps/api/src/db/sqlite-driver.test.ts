import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import Database from 'libsql';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_CONNECTION_PRAGMAS } from './sqlite-driver';

/** Another process (as a second replica would) holds an exclusive lock on the file for a while, then lets go. */
const HOLD_EXCLUSIVE_LOCK = `
  const Database = require('libsql');
  const db = new Database(process.argv[1]);
  db.exec('create table held (id integer)');
  db.exec('begin exclusive');
  db.exec('insert into held values (1)');
  process.stdout.write('locked\\n');
  setTimeout(() => { db.exec('commit'); db.close(); }, 700);
`;

describe('a new SQLite connection', () => {
  let directory: string;
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('waits for a lock another process holds instead of failing while it is set up', async () => {
    directory = mkdtempSync(join(tmpdir(), 'vicinity-sqlite-'));
    const path = join(directory, 'shared.db');
    const holder = spawn(process.execPath, ['-e', HOLD_EXCLUSIVE_LOCK, path], { cwd: import.meta.dirname });
    const [firstOutput] = (await once(holder.stdout, 'data')) as [Buffer];
    expect(firstOutput.toString()).toBe('locked\n');

    const db = new Database(path);
    db.exec(SQLITE_CONNECTION_PRAGMAS.join(';\n'));
    expect(db.prepare('pragma journal_mode').get()).toMatchObject({ journal_mode: 'wal' });
    expect(db.prepare('select count(*) as n from held').get()).toMatchObject({ n: 1 });
    db.close();
    await once(holder, 'exit');
  });
});
