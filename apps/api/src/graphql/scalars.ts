import { DateTimeResolver } from 'graphql-scalars';
import type { BuildSchemaOptions } from 'type-graphql';

export const scalarsMap: NonNullable<BuildSchemaOptions['scalarsMap']> = [{ type: Date, scalar: DateTimeResolver }];
