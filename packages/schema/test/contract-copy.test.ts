import { describe, expect, it } from 'vitest';
import { contractCopyPath, loadSchema, readText, sharedContractExists, sharedContractPath } from './schema-files';

describe('the contract copy in packages/schema', () => {
  it('is a valid GraphQL schema', () => {
    const contract = loadSchema(contractCopyPath);
    expect(contract.getQueryType()?.name).toBe('Query');
    expect(contract.getMutationType()?.name).toBe('Mutation');
  });

  it('is byte-identical to the shared contract wherever the shared contract is checked out', () => {
    if (!sharedContractExists()) {
      // Outside the workspace layout only the committed copy is the contract; it must be there and non-empty.
      expect(readText(contractCopyPath).length).toBeGreaterThan(0);
      return;
    }
    expect(readText(contractCopyPath), `copy ${sharedContractPath} to ${contractCopyPath}`).toBe(
      readText(sharedContractPath),
    );
  });
});
