import type { z } from 'zod';
import { AppError } from '../../../graphql/app-error';

/** One problem of one data row: `row` counts data rows from 1 (the header is not one), `field` is a CSV column. */
export type RowError = { row: number; field: string; message: string };

export type ImportReport = { imported: number; errors: RowError[] };

/** Where a path of the GraphQL-shaped input (e.g. `center.latitude`) lives in the file. */
export type ColumnOf = (path: readonly PropertyKey[]) => { field: string; prefix?: string };

/** A missing cell reads "is required", not zod's "expected number, received undefined". */
const missingAsRequired = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : undefined),
};

/** The problems of one row, at most one per column (the first one found is the one worth fixing first). */
export class RowCheck {
  readonly problems: { field: string; message: string }[] = [];

  get ok(): boolean {
    return this.problems.length === 0;
  }

  add(field: string, message: string): void {
    if (!this.problems.some((p) => p.field === field)) this.problems.push({ field, message });
  }

  /** Runs one of the GraphQL input schemas, reporting each issue under its CSV column. */
  parse<S extends z.ZodType>(schema: S, input: unknown, columnOf: ColumnOf): z.output<S> | undefined {
    const result = schema.safeParse(input, missingAsRequired);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const { field, prefix } = columnOf(issue.path);
      this.add(field, prefix ? `${prefix}: ${issue.message}` : issue.message);
    }
    return undefined;
  }

  /** Runs a check that throws BAD_USER_INPUT naming a GraphQL field, reporting it under its CSV column. */
  attempt<T>(work: () => T, columnOf: ColumnOf): T | undefined {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof AppError) || !error.details.field) throw error;
      const graphqlField = error.details.field;
      this.add(columnOf(graphqlField.split('.')).field, error.message.replace(`${graphqlField}: `, ''));
      return undefined;
    }
  }
}

/** Checks every row (never stopping at the first bad one) and keeps the values of the good ones. */
export function checkRows<Cells, T>(
  rows: readonly Cells[],
  columns: readonly string[],
  checkRow: (cells: Cells, check: RowCheck, row: number) => T | undefined,
): { values: T[]; errors: RowError[] } {
  const byColumn = (a: { field: string }, b: { field: string }) => columns.indexOf(a.field) - columns.indexOf(b.field);
  const values: T[] = [];
  const errors: RowError[] = [];
  rows.forEach((cells, index) => {
    const row = index + 1;
    const check = new RowCheck();
    const value = checkRow(cells, check, row);
    if (check.ok && value !== undefined) values.push(value);
    for (const problem of check.problems.sort(byColumn)) errors.push({ row, ...problem });
  });
  return { values, errors };
}
