import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { LoadingState } from './loading-state';

export interface DataTableColumn<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
}

export interface DataTableProps<Row> {
  /** Accessible name of the table. */
  label: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  loading?: boolean;
  /** Rendered instead of the table when there are no rows. */
  empty: ReactNode;
  /** Below this width the table scrolls sideways instead of squeezing columns (phones). */
  minWidth?: number;
}

export function DataTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  loading = false,
  empty,
  minWidth = 560,
}: DataTableProps<Row>) {
  if (loading) return <LoadingState label={`Loading ${label.toLowerCase()}…`} />;
  if (rows.length === 0) return <>{empty}</>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table aria-label={label} striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
