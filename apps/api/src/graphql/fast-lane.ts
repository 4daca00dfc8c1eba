import type { CostLimitOptions } from '@escape.tech/graphql-armor-cost-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type DocumentNode,
  type ExecutionResult,
  getVariableValues,
  type GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { AppServices, Context } from '../context';
import { createContext } from '../context';
import { isExpectedError } from './format-error';
import { costDependsOnRequest, pageCostError } from './page-cost';

type Lane = {
  schema: GraphQLSchema;
  costOptions: CostLimitOptions;
  validationRules: ValidationRule[];
  maxTokens: number;
  app: AppServices;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Called once per served operation: what Apollo's plugins do for requests they see (metering, metrics, logging). */
  hooks: LaneHooks;
};

export type LaneHooks = {
  /** Before execution; false: let Apollo answer instead (it refuses the request the way it always does). */
  admit(ctx: Context, operation: OperationDefinitionNode): Promise<boolean>;
  served(
    ctx: Context,
    operation: OperationDefinitionNode,
    errors: readonly GraphQLFormattedError[],
    seconds: number,
  ): void;
  unexpected(ctx: Context, error: GraphQLError): void;
};

type Prepared = {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  compiled: CompiledQuery<unknown, Record<string, unknown>>;
  /** Its cost depends on the page sizes the variables ask for: checked again on each request. */
  pagedByRequest: boolean;
};

const MAX_DOCUMENTS = 1_000;
const APPLICATION_JSON = 'application/json; charset=utf-8';

/** The one operation a request names (or the only one), when it is a query or a mutation. */
function operationOf(document: DocumentNode, name: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = name
    ? operations.find((o) => o.name?.value === name)
    : operations.length === 1
      ? operations[0]
      : undefined;
  return operation && operation.operation !== 'subscription' ? operation : undefined;
}

/**
 * The SDK's fast lane: Apollo Server's request pipeline costs more than everything else an eligibility query does, so
 * the common, well-formed request skips it. A JSON POST whose document this process has already parsed and validated
 * (with the same rules and limits as Apollo) is executed directly with graphql-js, with the same context, plugins'
 * work, error formatting and response body. Anything else — a new or invalid document, introspection, GET, APQ,
 * another Accept, a refused or failed request — goes to Apollo, which answers exactly as it always did. A test sends
 * the same requests both ways and compares the answers.
 */
export function createFastLane(lane: Lane) {
  const prepared = new Map<string, Prepared | null>();

  function prepare(query: string, operationName: string | undefined): Prepared | undefined {
    const key = `${operationName ?? ''}\n${query}`;
    const known = prepared.get(key);
    if (known !== undefined) return known ?? undefined;
    let result: Prepared | null = null;
    try {
      const document = parse(query, { maxTokens: lane.maxTokens });
      const operation = operationOf(document, operationName);
      const introspects = /\b__(schema|type)\b/.test(query);
      if (
        operation &&
        !introspects &&
        validate(lane.schema, document, [...specifiedRules, ...lane.validationRules]).length === 0
      ) {
        // Compiled once into plain JavaScript (graphql-jit): variables, resolvers and the answer's JSON, without
        // graphql-js walking the document again on every request.
        const compiled = compileQuery(lane.schema, document, operation.name?.value);
        if (isCompiledQuery(compiled)) {
          result = { document, operation, compiled, pagedByRequest: costDependsOnRequest(lane.schema, document) };
        }
      }
    } catch {
      result = null;
    }
    if (prepared.size >= MAX_DOCUMENTS) prepared.clear();
    prepared.set(key, result);
    return result ?? undefined;
  }

  /** The request, when this lane may answer it: a plain JSON POST of a known-good document. */
  function accepts(request: FastifyRequest): { prepared: Prepared; variables?: Record<string, unknown> } | undefined {
    if (request.method !== 'POST' || !request.headers['content-type']?.startsWith('application/json')) return undefined;
    const accept = request.headers.accept;
    if (accept !== undefined && accept !== '*/*' && accept !== 'application/json') return undefined;
    const body = request.body as {
      query?: unknown;
      operationName?: unknown;
      variables?: unknown;
      extensions?: unknown;
    } | null;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string') return undefined;
    if (body.extensions !== undefined) return undefined;
    if (body.operationName !== undefined && body.operationName !== null && typeof body.operationName !== 'string')
      return undefined;
    const variables = body.variables ?? undefined;
    if (variables !== undefined && (variables === null || typeof variables !== 'object' || Array.isArray(variables)))
      return undefined;
    const found = prepare(body.query, (body.operationName as string | null) ?? undefined);
    return found && { prepared: found, variables: variables as Record<string, unknown> | undefined };
  }

  /** Answers the request and returns true, or returns false without having written anything. */
  async function serve(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const accepted = accepts(request);
    if (!accepted) return false;
    const { document, operation, compiled, pagedByRequest } = accepted.prepared;
    if (pagedByRequest && pageCostError(lane.schema, document, accepted.variables ?? {}, lane.costOptions))
      return false;
    // Variables that do not coerce are a request error: Apollo words and answers those, before anything runs.
    const coerced = getVariableValues(lane.schema, operation.variableDefinitions ?? [], accepted.variables ?? {}, {
      maxErrors: 1,
    });
    if ('errors' in coerced) return false;
    const started = process.hrtime.bigint();
    const ctx = await createContext(lane.app, request);
    if (!(await lane.hooks.admit(ctx, operation))) return false;
    const result = (await compiled.query(undefined, ctx, accepted.variables ?? {})) as ExecutionResult;
    const errors = (result.errors ?? []).map((error) => {
      if (!isExpectedError(error)) lane.hooks.unexpected(ctx, error);
      const code = (error.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
      return lane.formatError(
        {
          message: error.message,
          locations: error.locations,
          path: error.path,
          extensions: { ...error.extensions, code },
        },
        error,
      );
    });
    lane.hooks.served(ctx, operation, errors, Number(process.hrtime.bigint() - started) / 1e9);
    const body = errors.length > 0 ? JSON.stringify({ errors, data: result.data }) : compiled.stringify(result);
    await reply
      .code(200)
      .header('content-type', APPLICATION_JSON)
      .send(body + '\n');
    return true;
  }

  return { serve };
}
