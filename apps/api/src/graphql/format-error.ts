import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from './app-error';

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * graphql-js and Apollo describe some problems of the request itself with a GraphQLError that has no code: a mismatched
 * persisted-query hash, more than 50 invalid variable values. Such an error wraps nothing and points at no field, as
 * no resolver ran; it is the client's to see, as BAD_REQUEST.
 */
const isRequestError = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError &&
  typeof error.extensions?.code !== 'string' &&
  error.originalError == null &&
  error.path == null;

/** True for errors the client caused or may see: our AppErrors and GraphQL's own request, parse and validation errors. */
export function isExpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof AppError || isRequestError(original)) return true;
  return original instanceof GraphQLError && typeof original.extensions?.code === 'string';
}

/** The one mapper from errors to what clients see: codes for expected errors, a mask for everything else. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...original.details },
    };
  }
  if (isExpectedError(error)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    const code = isRequestError(original) ? { code: 'BAD_REQUEST' } : {};
    return { ...formatted, extensions: { ...extensions, ...code } };
  }
  return { message: INTERNAL_ERROR_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
