import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { inWords } from './api-words';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'TENANT_SUSPENDED'
  | 'INTERNAL_SERVER_ERROR';

interface ApiError {
  code: ErrorCode | undefined;
  message: string;
  field: string | undefined;
}

function apiErrors(error: unknown): ApiError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((graphQLError) => {
    const { code, field } = graphQLError.extensions ?? {};
    return {
      code: typeof code === 'string' ? (code as ErrorCode) : undefined,
      message: graphQLError.message,
      field: typeof field === 'string' ? field : undefined,
    };
  });
}

export function errorCode(error: unknown): ErrorCode | undefined {
  return apiErrors(error)[0]?.code;
}

export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error) && error.statusCode === 401) return true;
  return apiErrors(error).some((apiError) => apiError.code === 'UNAUTHENTICATED');
}

// The API words input errors as "email: must be an email address"; next to the field the prefix is noise.
function withoutFieldPrefix(message: string, field: string): string {
  if (!message.startsWith(`${field}: `)) return message;
  const rest = message.slice(field.length + 2);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Server-side validation errors keyed by the input field they name (extensions.field). */
export function fieldErrors(error: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const apiError of apiErrors(error)) {
    if (apiError.code === 'BAD_USER_INPUT' && apiError.field && !(apiError.field in byField)) {
      byField[apiError.field] = inWords(withoutFieldPrefix(apiError.message, apiError.field));
    }
  }
  return byField;
}

export interface ErrorDescription {
  title: string;
  message: string;
  /** Whether trying the same thing again may succeed. */
  retryable: boolean;
}

export function describeError(error: unknown): ErrorDescription {
  const [first] = apiErrors(error);
  switch (first?.code) {
    case 'UNAUTHENTICATED':
      return { title: 'Signed out', message: 'Your session has ended. Log in again.', retryable: false };
    case 'FORBIDDEN':
      return { title: 'Not allowed', message: "Your role in this tenant doesn't allow this.", retryable: false };
    case 'NOT_FOUND':
      return { title: 'Not found', message: inWords(first.message), retryable: false };
    case 'CONFLICT':
      return { title: 'Not possible', message: inWords(first.message), retryable: false };
    case 'BAD_USER_INPUT':
      return { title: 'Check your input', message: inWords(first.message), retryable: false };
    case 'RATE_LIMITED':
      return { title: 'Too many requests', message: 'Wait a moment, then try again.', retryable: true };
    case 'TENANT_SUSPENDED':
      return { title: 'Tenant suspended', message: 'This tenant is suspended. Contact support.', retryable: false };
    default:
      return {
        title: 'Something went wrong',
        message: 'The server could not complete the request. Check your connection and try again.',
        retryable: true,
      };
  }
}
