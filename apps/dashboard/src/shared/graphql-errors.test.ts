import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError, errorCode, fieldErrors } from './graphql-errors';

function apiError(code: string, message: string, field?: string) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: field ? { code, field } : { code } }] });
}

describe('GraphQL error helpers', () => {
  it('keys BAD_USER_INPUT messages by field, without the field name the API prefixes', () => {
    expect(fieldErrors(apiError('BAD_USER_INPUT', 'email: must be an email address', 'email'))).toEqual({
      email: 'Must be an email address',
    });
  });

  it('ignores errors that name no field or are not input errors', () => {
    expect(fieldErrors(apiError('BAD_USER_INPUT', 'bad input'))).toEqual({});
    expect(fieldErrors(apiError('CONFLICT', 'taken', 'email'))).toEqual({});
  });

  it("passes a CONFLICT's own message through and does not offer a retry", () => {
    const error = apiError('CONFLICT', 'A tenant always keeps an owner.');
    expect(errorCode(error)).toBe('CONFLICT');
    expect(describeError(error)).toMatchObject({ message: 'A tenant always keeps an owner.', retryable: false });
  });

  it('offers a retry for network failures', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatchObject({ retryable: true });
    expect(errorCode(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});
