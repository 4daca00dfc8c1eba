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

/**
 * Tags are separated by `;` or `,` (what people type in a spreadsheet, e.g. `stores, paris`), or by `|` (files
 * exported before `;`); blanks around them are dropped. An empty cell is no tags.
 */
export function tagsCell(cell: string): string[] | undefined {
  const tags = cell
    .split(/[;,|]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
  return tags.length === 0 ? undefined : tags;
}

/** The export writes the one documented separator, `;`, which needs no quoting in a CSV cell. */
export const tagsText = (tags: string[]): string => tags.join(';');
