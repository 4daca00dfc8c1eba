import type { RowCheck } from './csv-report';

const decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const formulaEscaped = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Undoes the `'` that an export puts before a cell a spreadsheet would otherwise run as a formula. */
export const unescapeFormula = (cell: string): string => (formulaEscaped.test(cell) ? cell.slice(1) : cell);

export const isDecimal = (cell: string): boolean => decimal.test(cell);

/** An empty cell is "not given"; anything but a decimal number is reported under `field`. */
export function numberCell(check: RowCheck, field: string, cell: string): number | undefined {
  if (cell === '') return undefined;
  if (!isDecimal(cell)) {
    check.add(field, 'must be a number');
    return undefined;
  }
  return Number(cell);
}

/** `a|b`; an empty cell is no tags. */
export const tagsCell = (cell: string): string[] | undefined => (cell === '' ? undefined : cell.split('|'));

export const tagsText = (tags: string[]): string => tags.join('|');
