import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';

/**
 * Change types that mean "this contract item is wholly absent from the schema", with what to call the item.
 * Until the issues that build those features land, such items are reported as not yet implemented instead of
 * failing the check.
 */
const absentItemKinds: ReadonlyMap<string, string> = new Map([
  [ChangeType.TypeRemoved, 'type'],
  [ChangeType.FieldRemoved, 'field'],
  [ChangeType.EnumValueRemoved, 'enum value'],
  [ChangeType.InputFieldRemoved, 'input field'],
]);

export interface ContractComparison {
  /** Contract items the schema does not have at all yet. */
  notYetImplemented: Change[];
  /** Contract items the schema has but in a shape that breaks the contract's clients. */
  violations: Change[];
}

export function isWhollyAbsentItem(change: Change): boolean {
  return absentItemKinds.has(change.type);
}

export async function compareWithContract(contract: GraphQLSchema, schema: GraphQLSchema): Promise<ContractComparison> {
  const breaking = (await diff(contract, schema)).filter(
    (change) => change.criticality.level === CriticalityLevel.Breaking,
  );
  return {
    notYetImplemented: breaking.filter(isWhollyAbsentItem),
    violations: breaking.filter((change) => !isWhollyAbsentItem(change)),
  };
}

export function describeChange(change: Change): string {
  return `${change.path ?? '(schema)'}: ${change.message}`;
}

export function describeAbsentItem(change: Change): string {
  return `${absentItemKinds.get(change.type) ?? change.type} ${change.path ?? '(schema)'}`;
}
