import { costLimitRule, type CostLimitOptions } from '@escape.tech/graphql-armor-cost-limit';
import {
  type ArgumentNode,
  type DocumentNode,
  getNamedType,
  type GraphQLError,
  type GraphQLSchema,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** The page size a connection gives when the query names none (the schema documents it on each `first`). */
const DEFAULT_PAGE = 50;
/** The largest page any connection gives: a larger `first` is refused by the argument's own rule, with its field. */
const LARGEST_PAGE = 200;

const isPageArgument = (a: ArgumentNode) => a.name.value === 'first' || a.name.value === 'last';

/**
 * The cost limit counts a page size only when it is written in the query: `first: $n`, or no `first` at all, counted
 * one node. This rewrites the document with the page sizes the request really asks for (the variables' values, or
 * the default page), so that the same limit holds whichever way they are given.
 */
function withPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = typeInfo.getType();
        if (!type || !getNamedType(type).name.endsWith('Connection')) return undefined;
        const given = node.arguments?.find(isPageArgument);
        const asked = given?.value.kind === Kind.VARIABLE ? Number(variables[given.value.name.value]) : undefined;
        const size = asked === undefined ? undefined : Number.isFinite(asked) ? asked : DEFAULT_PAGE;
        if (given && size === undefined) return undefined;
        const pages = Math.min(LARGEST_PAGE, Math.max(1, Math.trunc(size ?? DEFAULT_PAGE)));
        const value = { kind: Kind.INT, value: String(pages) } as const;
        const others = (node.arguments ?? []).filter((a) => !isPageArgument(a));
        return {
          ...node,
          arguments: [...others, { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value }],
        };
      },
    }),
  );
}

/** True when the document's cost depends on the request: a connection paged by a variable or by default. */
export function costDependsOnRequest(schema: GraphQLSchema, document: DocumentNode): boolean {
  return withPageSizes(schema, document, {}) !== document;
}

/** The cost limit's error for this request's page sizes, or undefined when it is within the limit. */
export function pageCostError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  options: CostLimitOptions,
): GraphQLError | undefined {
  return validate(schema, withPageSizes(schema, document, variables), [costLimitRule(options)])[0];
}
