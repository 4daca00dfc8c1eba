import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/**
 * Values the generator may use to get past NOT_FOUND: real ids of seeded objects, keyed by what they are (`tenant`,
 * `campaign`, …), and real strings keyed by field name (`deviceId`, `after`, …).
 */
export type SeededValues = { ids: Record<string, string[]>; strings: Record<string, string[]> };

/** Strings no field should choke on: control characters, lone surrogates, empty, huge, LIKE and SQL meta-characters. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'name\u0000',
  '\u0001\u0002',
  'a\u001fb',
  '\u007f',
  '\u0085',
  '\u009f',
  '\ud800',
  'a\udc00b',
  '\udfff\ud800',
  '\t',
  'line\nbreak\r',
  'x'.repeat(10_000),
  '%',
  '_\\',
  '|',
  "'; drop table tenant; --",
  '🙂',
  '\u202e',
  'NaN',
  '-1',
  '1e400',
];

const HOSTILE_INTS = [
  0, -1, 1, 2, 7, 13, 21, 24, 100, 1000, 1001, 10_080, 65_535, 65_536, 2_147_483_647, -2_147_483_648,
];
const HOSTILE_FLOATS = [0, -0, 0.5, -1, 90, 90.0001, -180.5, 1e21, 1e308, -1e308, 5e-324];

/** Year 0, negative and five-digit years, just outside any sane range, impossible days, not a date at all. */
export const HOSTILE_DATE_TIMES = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1899-12-31T23:59:59Z',
  '99999-01-01T00:00:00Z',
  '+099999-01-01T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '2201-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2026-02-30T00:00:00Z',
  'yesterday',
  '',
];
const HOSTILE_DATES = ['0000-01-01', '1899-12-31', '9999-12-31', '2026-02-30', '99999-01-01', 'today'];

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Cursors a client can forge: right shape with wrong values, operators, bad dates, control characters. */
export const FORGED_CURSORS = [
  cursorOf(['\u0000', 'x']),
  cursorOf([{ $gt: 0 }, { $ne: null }]),
  cursorOf(['2026-13-45T99:99:99.999Z', '00000000-0000-0000-0000-000000000000']),
  cursorOf(['0000-01-01T00:00:00.000Z', '00000000-0000-0000-0000-000000000000']),
  cursorOf([1e308, 'x']),
  cursorOf(['x', 1]),
  cursorOf([]),
  cursorOf(['a', 'b', 'c', 'd']),
  cursorOf('text'),
  cursorOf(null),
  'not-base64!',
];

/** Realistic values for string fields, by field name, so that resolvers get past the first check. */
const VALID_STRINGS: Record<string, string[]> = {
  email: ['someone@example.com', 'Someone@Example.COM '],
  password: ['correct horse battery'],
  name: ['Paris store', '  trimmed  '],
  title: ['A warm welcome'],
  body: ['Coffee is on us\ntoday'],
  uuid: ['f7826da6-4fa2-4e98-8024-bc5b71e0893e', 'F7826DA6-4FA2-4E98-8024-BC5B71E0893E'],
  locale: ['fr-FR', 'en'],
  countryCode: ['FR', 'us'],
  timezone: ['Europe/Paris', 'UTC', 'Mars/Olympus'],
  startTime: ['09:00', '00:00'],
  endTime: ['17:30', '24:00'],
  imageUrl: ['https://example.com/a.png', 'http://example.com/a.png', 'javascript:alert(1)'],
  actionUrl: ['https://example.com/', 'https://例え.jp/'],
  policyVersion: ['1', '2026-01'],
  phone: ['+33 1 23 45 67 89'],
  reason: ['The subject asked twice'],
  note: ['Asked by phone\twith\r\nline breaks'],
  from: ['2026-01-01', '2026-13-01', '0000-01-01'],
  to: ['2026-12-31', '9999-12-31'],
  action: ['createGeofence', 'signUp'],
  search: ['paris', 'device-1'],
  tag: ['paris', 'flagship'],
  tags: ['paris', 'flagship', 'a|b'],
  externalId: ['crm-42'],
};

/** Which seeded objects an ID argument or field names, from its name and the operation it belongs to. */
function idKind(fieldName: string, operation: string): string | undefined {
  if (fieldName === 'tenantId') return 'tenant';
  if (fieldName === 'campaignId') return 'campaign';
  if (fieldName === 'geofenceIds') return 'geofence';
  if (fieldName === 'beaconIds') return 'beacon';
  if (fieldName === 'membershipId') return 'membership';
  if (fieldName === 'actorId') return 'operator';
  if (fieldName !== 'id') return undefined;
  const kinds: [RegExp, string][] = [
    [/geofence/i, 'geofence'],
    [/beacon/i, 'beacon'],
    [/campaign/i, 'campaign'],
    [/privacyRequest/i, 'privacyRequest'],
    [/endUser|reportChild/i, 'endUser'],
    [/apiKey/i, 'apiKey'],
    [/tenant/i, 'tenant'],
  ];
  return kinds.find(([pattern]) => pattern.test(operation))?.[1];
}

type Context = { operation: string; field: string; seeded: SeededValues };

function scalarArbitrary(typeName: string, ctx: Context): fc.Arbitrary<unknown> {
  const hostile = fc.constantFrom(...HOSTILE_STRINGS);
  switch (typeName) {
    case 'ID': {
      const kind = idKind(ctx.field, ctx.operation);
      const mine = kind ? (ctx.seeded.ids[kind] ?? []) : [];
      const all = Object.values(ctx.seeded.ids).flat();
      return fc.oneof(
        { weight: 6, arbitrary: mine.length ? fc.constantFrom(...mine) : fc.uuid() },
        { weight: 1, arbitrary: all.length ? fc.constantFrom(...all) : fc.uuid() },
        { weight: 1, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: hostile },
      );
    }
    case 'String': {
      const seeded = ctx.seeded.strings[ctx.field] ?? [];
      const valid = [...seeded, ...(VALID_STRINGS[ctx.field] ?? ['plain text'])];
      const forged = ctx.field === 'after' ? [fc.constantFrom(...FORGED_CURSORS)] : [];
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...valid) },
        { weight: 3, arbitrary: hostile },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
        ...forged.map((arbitrary) => ({ weight: 2, arbitrary })),
      );
    }
    case 'Int':
      return fc.oneof(fc.constantFrom(...HOSTILE_INTS), fc.integer({ min: -2_000, max: 70_000 }));
    case 'Float':
      return fc.oneof(
        fc.constantFrom(...HOSTILE_FLOATS),
        fc.double({ min: -200, max: 200, noNaN: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      );
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof(
        {
          weight: 3,
          arbitrary: fc
            .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
            .map((d) => d.toISOString()),
        },
        { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_DATE_TIMES) },
      );
    case 'Date':
      return fc.oneof(
        fc
          .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        fc.constantFrom(...HOSTILE_DATES),
      );
    default:
      throw new Error(`no arbitrary for the scalar ${typeName}: add one`);
  }
}

function inputArbitrary(type: GraphQLInputType, ctx: Context, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputArbitrary(type.ofType, ctx, depth);
  if (isListType(type)) {
    const item = inputArbitrary(type.ofType, ctx, depth + 1);
    return fc.oneof(
      { weight: 5, arbitrary: fc.array(item, { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.array(item, { maxLength: 30 }) },
    );
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value as unknown));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(fields.map((f) => [f.name, valueArbitrary(f.type, { ...ctx, field: f.name }, depth + 1)])),
      { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
    );
  }
  return scalarArbitrary(type.name, ctx);
}

/** A value of `type`; a nullable one is sometimes null. */
function valueArbitrary(type: GraphQLInputType, ctx: Context, depth = 0): fc.Arbitrary<unknown> {
  const value = inputArbitrary(type, ctx, depth);
  return isNonNullType(type)
    ? value
    : fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

/** Variables for every argument of `field`: required ones always, optional ones left out, null or given. */
export function argumentsArbitrary(
  field: GraphQLField<unknown, unknown>,
  seeded: SeededValues,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    Object.fromEntries(
      field.args.map((arg) => [arg.name, valueArbitrary(arg.type, { operation: field.name, field: arg.name, seeded })]),
    ),
    { requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name) },
  );
}

/** Every field that takes no required argument, down to `depth` levels of objects: resolvers of nested fields run too. */
export function fullSelection(type: GraphQLOutputType, depth = 3): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth === 0) return '{ __typename }';
  const fields = Object.values(named.getFields())
    .filter((f) => !f.args.some((a: GraphQLArgument) => isNonNullType(a.type)))
    .map((f) => {
      const inner = getNamedType(f.type);
      if (isLeafType(inner)) return f.name;
      return depth > 1 ? `${f.name} ${fullSelection(f.type, depth - 1)}` : '';
    })
    .filter(Boolean);
  return `{ __typename ${fields.join(' ')} }`;
}

/** The document that calls `field` of `operationType` with every argument as a variable. */
export function operationDocument(operationType: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${operationType} Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${fullSelection(field.type)} }`;
}

export function operationsOf(schema: GraphQLSchema) {
  const query = Object.values(schema.getQueryType()!.getFields()).map((field) => ({ type: 'query' as const, field }));
  const mutation = Object.values(schema.getMutationType()!.getFields()).map((field) => ({
    type: 'mutation' as const,
    field,
  }));
  return [...query, ...mutation];
}
