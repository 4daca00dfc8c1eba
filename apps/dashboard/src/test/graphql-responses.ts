import { HttpResponse } from 'msw';
import type { ErrorCode } from '../shared/graphql-errors';

type GraphQLErrorBody = {
  data: null;
  errors: { message: string; extensions: { code: ErrorCode; field?: string } }[];
};

/** A GraphQL error response shaped like the API's (extensions.code, extensions.field for bad input). */
export function graphqlError(code: ErrorCode, message: string, field?: string) {
  return HttpResponse.json<GraphQLErrorBody>({
    data: null,
    errors: [{ message, extensions: field ? { code, field } : { code } }],
  });
}
