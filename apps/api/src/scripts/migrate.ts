import { loadConfig } from '../config';
import { openOrm } from '../db/orm';

/** `pnpm migrate`: applies the migrations the configured database lacks, then exits (the server does the same at start). */
const config = loadConfig();
const orm = await openOrm(config.database, (applied) => process.stdout.write(`applied ${applied.join(', ')}\n`));
process.stdout.write(`${config.database.kind} database is up to date\n`);
await orm.close();
