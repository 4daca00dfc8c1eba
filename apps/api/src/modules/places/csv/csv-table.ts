import { CsvError, parse } from 'csv-parse/sync';
import { badInput } from '../../../graphql/app-error';
import { unescapeFormula } from './csv-cells';

export const MAX_IMPORT_ROWS = 50_000;

const fileProblem = (message: string) => badInput('file', message);

function checkHeader(header: string[], columns: readonly string[]): void {
  const expected = `expected the columns ${columns.join(',')}`;
  const unknown = header.filter((name) => !columns.includes(name));
  const missing = columns.filter((name) => !header.includes(name));
  const twice = header.filter((name, i) => header.indexOf(name) !== i);
  if (unknown.length) throw fileProblem(`Unknown column ${unknown.join(', ')}: ${expected}`);
  if (missing.length) throw fileProblem(`Missing column ${missing.join(', ')}: ${expected}`);
  if (twice.length) throw fileProblem(`Column ${twice.join(', ')} appears more than once`);
}

function parseRecords(text: string): string[][] {
  try {
    // Cell counts are checked after the header, so that a wrong header is reported as such.
    return parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) throw fileProblem(`Not a readable CSV file: ${error.message}`);
    throw error;
  }
}

/**
 * The data rows of a CSV file as cells by column name. The header row must name exactly `columns` (any order, any
 * case); a file that cannot be read that way is refused as a whole.
 */
export function readCsvTable<C extends string>(text: string, columns: readonly C[]): Record<C, string>[] {
  const [header, ...records] = parseRecords(text);
  if (!header) throw fileProblem(`The file is empty: it needs a header row, ${columns.join(',')}`);
  const names = header.map((name) => name.toLowerCase());
  checkHeader(names, columns);
  if (records.length === 0) throw fileProblem('The file has a header and no rows: there is nothing to import');
  if (records.length > MAX_IMPORT_ROWS) {
    throw fileProblem(`The file has ${records.length} rows; import at most ${MAX_IMPORT_ROWS} at a time`);
  }
  const ragged = records.findIndex((record) => record.length !== names.length);
  if (ragged >= 0) {
    const count = records[ragged]!.length;
    throw fileProblem(`Row ${ragged + 1} has ${count} cells where the header has ${names.length} columns`);
  }
  return records.map(
    (record) => Object.fromEntries(names.map((name, i) => [name, unescapeFormula(record[i]!)])) as Record<C, string>,
  );
}
