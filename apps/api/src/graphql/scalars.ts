import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import type { BuildSchemaOptions } from 'type-graphql';

/**
 * Every date and date-time a client sends lies in the years 1900..2200. Birth dates start in 1900 (no one older is
 * alive), schedules, consents and events are recent or near, and the bound keeps far from what the databases and date
 * arithmetic refuse or get wrong: PostgreSQL has no year 0, JavaScript dates end in 275760, five-digit years do not
 * round-trip through ISO 8601 strings.
 */
export const EARLIEST_INPUT_DATE = new Date(Date.UTC(1900, 0, 1));
export const LATEST_INPUT_DATE = new Date(Date.UTC(2201, 0, 1) - 1);

export const isSaneDate = (date: Date): boolean =>
  date.getTime() >= EARLIEST_INPUT_DATE.getTime() && date.getTime() <= LATEST_INPUT_DATE.getTime();

/** `scalar`, refusing parsed values outside the sane range; what it prints and serializes is unchanged. */
function bounded(scalar: GraphQLScalarType): GraphQLScalarType {
  const check = (value: unknown): Date => {
    if (!(value instanceof Date) || !isSaneDate(value)) {
      throw new GraphQLError(`${scalar.name} must be in the years 1900 to 2200`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return value;
  };
  const config = scalar.toConfig();
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => check(config.parseValue!(value)),
    parseLiteral: (ast, variables) => check(config.parseLiteral!(ast, variables)),
  });
}

export const BoundedDateTime = bounded(DateTimeResolver);
export const BoundedDate = bounded(DateResolver);

export const scalarsMap: NonNullable<BuildSchemaOptions['scalarsMap']> = [{ type: Date, scalar: BoundedDateTime }];
