import { DriverException } from '@mikro-orm/core';
import { stdSerializers } from 'pino';

/**
 * Logs never carry end-user values. The ORM's database errors read `<SQL with its parameters inlined> - <driver
 * message>`, and drivers add fields such as PostgreSQL's `detail` ("Key (email)=(…) already exists"). Such errors are
 * logged with their class, codes and the SQL with every literal replaced by `?`; every other error as pino would.
 */

const stringLiteral = /'(?:[^']|'')*'/g;
const doubleQuoted = /"(?:[^"]|"")*"/g;
/** A number that is not part of a name (t0, "e1"): ages, coordinates, timestamps inlined in the SQL. */
const numberLiteral = /(?<![\w$."`])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w."`])/gi;

/** Driver fields that name things, never values; any other field of a database error is left out. */
const SAFE_FIELDS = ['code', 'sqlState', 'errno', 'severity', 'routine', 'schema', 'table', 'column', 'constraint'];

/** The SQL keeps its names and loses its values; the driver's own message loses anything it quotes. */
export function redactDatabaseMessage(message: string): string {
  const withoutStrings = message.replace(stringLiteral, "'?'");
  const split = withoutStrings.indexOf(' - ');
  const sql = split < 0 ? withoutStrings : withoutStrings.slice(0, split);
  const driverMessage = split < 0 ? '' : withoutStrings.slice(split + 3).replace(doubleQuoted, '"?"');
  const redactedSql = sql.replace(numberLiteral, '?');
  return split < 0 ? redactedSql : `${redactedSql} - ${driverMessage.replace(numberLiteral, '?')}`;
}

type SerializedError = { type: string; message: string; stack: string; [field: string]: unknown };

export function serializeError(error: Error): SerializedError {
  const serialized = stdSerializers.err(error) as SerializedError;
  if (!(error instanceof DriverException)) return serialized;
  const message = redactDatabaseMessage(error.message);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const safe = Object.fromEntries(
    SAFE_FIELDS.filter((k) => serialized[k] !== undefined).map((k) => [k, serialized[k]]),
  );
  return { type: serialized.type, message, stack: [`${error.name}: ${message}`, ...frames].join('\n'), ...safe };
}
