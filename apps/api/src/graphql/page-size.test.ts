import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/databases';
import { createApiKey, owner } from '../../test/fixtures';
import { createCampaign, createCircle } from '../../test/places-fixtures';
import { startTestApi, type TestApi } from '../../test/test-api';
import { buildApiSchema } from './build-schema';

type Field = GraphQLField<unknown, unknown>;

/** Every scalar and enum field of a type, lists of them included. */
const scalarFields = (type: GraphQLObjectType) =>
  Object.values(type.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)))
    .map((f) => f.name)
    .join(' ');

/** Every field of a type, and every field of the objects and lists of objects it holds: the widest honest selection. */
const everything = (type: GraphQLObjectType): string =>
  Object.values(type.getFields())
    .map((f) => {
      const inner = getNamedType(f.type);
      return isObjectType(inner) ? `${f.name} { ${scalarFields(inner) || '__typename'} }` : f.name;
    })
    .join(' ');

async function connections() {
  const schema = await buildApiSchema();
  return Object.values(schema.getQueryType()!.getFields())
    .filter((f) => getNamedType(f.type).name.endsWith('Connection'))
    .map((field: Field) => {
      const documented = /^1\.\.(\d+)/.exec(field.args.find((a) => a.name === 'first')?.description ?? '');
      const edge = getNamedType((getNamedType(field.type) as GraphQLObjectType).getFields().edges!.type);
      const node = getNamedType((edge as GraphQLObjectType).getFields().node!.type) as GraphQLObjectType;
      return { field, maxPageSize: documented ? Number(documented[1]) : undefined, node };
    });
}

const connectionQuery = (field: Field, first: number, selection: string, alias = '') => {
  const ids = field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: $${a.name}`);
  return `${alias}${field.name}(${[...ids, `first: ${first}`].join(', ')}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${selection} } } }`;
};
const variableDefinitions = (field: Field) =>
  field.args
    .filter((a) => isNonNullType(a.type))
    .map((a) => `$${a.name}: ${a.type.toString()}`)
    .join(', ');

describe.each(databaseKinds)('page sizes (%s)', (kind) => {
  let api: TestApi;
  let token: string;
  let key: string;
  let variables: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi(kind);
    const boss = await owner(api);
    token = boss.token;
    key = (await createApiKey(api, token, boss.tenantId)).key;
    await createCircle(api, token, boss.tenantId);
    const hook = await api.gql(
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }',
      { input: { tenantId: boss.tenantId, url: 'https://hooks.example.com/in', events: ['PLACE_CHANGED'] } },
      token,
    );
    variables = {
      tenantId: boss.tenantId,
      campaignId: await createCampaign(api, token, boss.tenantId),
      endpointId: hook.data!.createWebhookEndpoint.endpoint.id,
    };
  });
  afterAll(() => api.close());

  it('documents the largest page of every connection', async () => {
    const undocumented = (await connections()).filter((c) => c.maxPageSize === undefined).map((c) => c.field.name);
    expect(undocumented).toEqual([]);
  });

  it('serves every connection at its documented largest page with every scalar field of its nodes', async () => {
    for (const { field, maxPageSize, node } of await connections()) {
      const query = `query(${variableDefinitions(field)}) { ${connectionQuery(field, maxPageSize!, scalarFields(node))} }`;
      const sdk = field.description?.startsWith('SDK:') ?? false;
      const r = await api.gql(query, variables, sdk ? key : token);
      expect({ field: field.name, status: r.status, errors: r.errors }).toEqual({
        field: field.name,
        status: 200,
        errors: undefined,
      });
    }
  });

  it('still refuses a query that asks for many full pages at once, or for the lists inside 200 nodes', async () => {
    const list = (await connections()).find((c) => c.field.name === 'campaigns')!;
    const nested = `query(${variableDefinitions(list.field)}) { ${connectionQuery(list.field, 200, everything(list.node))} }`;
    const wide = `query(${variableDefinitions(list.field)}) { ${Array.from({ length: 3 }, (_, i) =>
      connectionQuery(list.field, 200, scalarFields(list.node), `page${i}: `),
    ).join(' ')} }`;
    for (const query of [nested, wide]) {
      const r = await api.gql(query, variables, token);
      expect(r.status).toBe(400);
      expect(r.errors![0]!.message).toMatch(/Cost limit of 5000 exceeded/);
    }
  });

  it('counts the page sizes the variables ask for, or the default page, as if they were written out', async () => {
    const wide = (pages: number, first: string) =>
      `query($n: Int) { ${Array.from({ length: pages }, (_, i) => `p${i}: campaigns(tenantId: "${variables.tenantId}"${first}) { edges { node { id name status } } }`).join(' ')} }`;
    // Twice each: the second request is the fast lane's, the first Apollo's.
    for (let round = 0; round < 2; round++) {
      const byVariable = await api.gql(wide(30, ', first: $n'), { n: 200 }, token);
      expect(byVariable.status).toBe(400);
      expect(byVariable.errors![0]!.message).toMatch(/Cost limit of 5000 exceeded/);
      const byDefault = await api.gql(wide(30, ''), {}, token);
      expect(byDefault.status).toBe(400);
      const small = await api.gql(wide(3, ', first: $n'), { n: 10 }, token);
      expect(small.errors).toBeUndefined();
    }
  });
});
