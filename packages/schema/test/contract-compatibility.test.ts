import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compareWithContract, describeAbsentItem, describeChange } from './contract-changes';
import { committedSchemaPath, contractCopyPath, loadSchema } from './schema-files';

const contractSdl = /* GraphQL */ `
  scalar DateTime
  enum Role {
    OWNER
    MARKETER
  }
  type Tenant {
    id: ID!
    name: String!
    createdAt: DateTime!
  }
  input CreateTenantInput {
    name: String!
  }
  type Query {
    tenants: [Tenant!]!
    tenant(id: ID!): Tenant!
  }
  type Mutation {
    createTenant(input: CreateTenantInput!): Tenant!
  }
`;

async function compareSdl(schemaSdl: string) {
  return compareWithContract(buildSchema(contractSdl), buildSchema(schemaSdl));
}

describe('the committed schema against the contract', () => {
  it('has every contract item it implements in the contract shape', async () => {
    const { notYetImplemented, violations } = await compareWithContract(
      loadSchema(contractCopyPath),
      loadSchema(committedSchemaPath),
    );
    if (notYetImplemented.length > 0) {
      console.info(notYetImplemented.map((change) => `not yet implemented: ${describeAbsentItem(change)}`).join('\n'));
    }
    expect(violations.map(describeChange)).toEqual([]);
  });
});

describe('the contract comparison', () => {
  it('accepts a schema that implements the contract and adds to it', async () => {
    const result = await compareSdl(`
      scalar DateTime
      enum Role { OWNER MARKETER ANALYST }
      type Tenant { id: ID! name: String! createdAt: DateTime! timezone: String! }
      input CreateTenantInput { name: String! timezone: String }
      type Query { tenants: [Tenant!]! tenant(id: ID!): Tenant! me: String }
      type Mutation { createTenant(input: CreateTenantInput!): Tenant! }
    `);
    expect(result).toEqual({ notYetImplemented: [], violations: [] });
  });

  it('reports wholly absent types, fields, enum values and input fields as not yet implemented', async () => {
    const result = await compareSdl(`
      scalar DateTime
      enum Role { OWNER }
      type Tenant { id: ID! name: String! }
      input CreateTenantInput { label: String }
      type Query { tenants: [Tenant!]! }
      type Mutation { createTenant(input: CreateTenantInput!): Tenant! }
    `);
    expect(result.violations).toEqual([]);
    expect(result.notYetImplemented.map((change) => change.path).sort()).toEqual([
      'CreateTenantInput.name',
      'Query.tenant',
      'Role.MARKETER',
      'Tenant.createdAt',
    ]);
  });

  it('rejects a field whose type or nullability differs from the contract', async () => {
    const result = await compareSdl(`
      scalar DateTime
      enum Role { OWNER MARKETER }
      type Tenant { id: ID! name: String createdAt: String! }
      input CreateTenantInput { name: String! }
      type Query { tenants: [Tenant!]! tenant(id: ID!): Tenant! }
      type Mutation { createTenant(input: CreateTenantInput!): Tenant! }
    `);
    expect(result.violations.map((change) => change.path).sort()).toEqual(['Tenant.createdAt', 'Tenant.name']);
  });

  it('rejects a missing or retyped argument and a new required input field', async () => {
    const result = await compareSdl(`
      scalar DateTime
      enum Role { OWNER MARKETER }
      type Tenant { id: ID! name: String! createdAt: DateTime! }
      input CreateTenantInput { name: String! ownerEmail: String! }
      type Query { tenants: [Tenant!]! tenant(id: Int!, region: String!): Tenant! }
      type Mutation { createTenant(name: String): Tenant! }
    `);
    expect(result.violations.map((change) => change.type).sort()).toEqual([
      'FIELD_ARGUMENT_ADDED',
      'FIELD_ARGUMENT_REMOVED',
      'FIELD_ARGUMENT_TYPE_CHANGED',
      'INPUT_FIELD_ADDED',
    ]);
  });
});
