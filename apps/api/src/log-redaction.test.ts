import { Writable } from 'node:stream';
import { DriverException } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../test/databases';
import { sdkTenant, UPSERT } from '../test/sdk-fixtures';
import { codes, startTestApi, type TestApi } from '../test/test-api';
import { serializeError } from './log-redaction';

const PERSON = {
  deviceId: 'device-5f3a9c',
  email: 'olivia.logged@example.test',
  phone: '+33 6 12 34 56 78',
  name: 'Olivia Loggedname',
  age: 47,
};

/** A database-side failure the API cannot foresee, set up in the test database only: inserting this person fails. */
const FAILING_INSERT = {
  sqlite: [
    `create trigger refuse_for_test before insert on end_user when new.email = '${PERSON.email}'
     begin select raise(abort, 'refused by a test trigger'); end`,
  ],
  postgres: [
    `create function refuse_for_test() returns trigger language plpgsql as $$
     begin if new.email = '${PERSON.email}' then raise exception 'refused by a test trigger'; end if; return new; end $$`,
    'create trigger refuse_for_test before insert on end_user for each row execute function refuse_for_test()',
  ],
};

describe.each(databaseKinds)('logs of unexpected database errors (%s)', (kind) => {
  let api: TestApi;
  const lines: string[] = [];
  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    api = await startTestApi(kind, { LOG_LEVEL: 'info' }, { logStream });
  });
  afterAll(() => api.close());

  it("carry the error class, its code and the SQL, never an end user's values", async () => {
    const { key } = await sdkTenant(api);
    for (const statement of FAILING_INSERT[kind]) await api.server.orm.em.getConnection().execute(statement);
    const r = await api.gql(UPSERT, { input: PERSON }, key);
    expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);

    const logged = lines.map((line) => JSON.parse(line) as { msg: string; err?: Record<string, unknown> });
    const unexpected = logged.find((line) => line.msg === 'unexpected error');
    expect(unexpected?.err).toMatchObject({
      type: 'DriverException',
      message: expect.stringMatching(
        /^insert into .end_user. .*values \('\?', '\?', '\?'.* - refused by a test trigger$/,
      ),
      stack: expect.stringMatching(/^DriverException: insert into/),
    });
    const everything = lines.join('\n');
    for (const value of [PERSON.deviceId, PERSON.email, PERSON.phone, PERSON.name, 'Loggedname', '12 34 56']) {
      expect(everything).not.toContain(value);
    }
    expect(everything).not.toMatch(/\b47\b/);
  });
});

describe('a database error, serialized for the log', () => {
  it('keeps the codes and names a driver gives, and drops the fields that quote values', () => {
    const driverError = Object.assign(
      new Error(
        `update "end_user" set "email" = 'olivia@example.test', "age" = 31 where "id" = 'x' - duplicate key value violates unique constraint "end_user_email_unique"`,
      ),
      {
        code: '23505',
        detail: 'Key (email)=(olivia@example.test) already exists.',
        constraint: 'end_user_email_unique',
      },
    );
    const serialized = serializeError(new DriverException(driverError));
    expect(serialized).toMatchObject({
      type: 'DriverException',
      code: '23505',
      constraint: 'end_user_email_unique',
      message: `update "end_user" set "email" = '?', "age" = ? where "id" = '?' - duplicate key value violates unique constraint "?"`,
    });
    expect(JSON.stringify(serialized)).not.toMatch(/olivia|31/);
  });

  it('leaves other errors as they are', () => {
    expect(serializeError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toMatchObject({
      type: 'TypeError',
      message: "Cannot read properties of undefined (reading 'x')",
    });
  });
});
