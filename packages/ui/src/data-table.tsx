import { DataList, Paper, Stack, Table } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { LoadingState } from './loading-state';

/** Narrower than this (Mantine's xs, 576 px), a table would hide columns off screen: each row becomes a card. */
const phoneQuery = '(max-width: 35.99em)';

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
  /** Below this width the table scrolls sideways instead of squeezing columns (tablets; phones get cards). */
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
  const phone = useMediaQuery(phoneQuery, false, { getInitialValueInEffect: false });
  if (loading) return <LoadingState label={`Loading ${label.toLowerCase()}…`} />;
  if (rows.length === 0) return <>{empty}</>;
  if (phone) {
    return (
      <Stack component="ul" aria-label={label} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <Paper component="li" key={rowKey(row)} withBorder p="sm" radius="md">
            <DataList labelWidth="40%">
              {columns.map((column) => (
                <DataList.Item key={column.key}>
                  <DataList.ItemLabel>{column.header}</DataList.ItemLabel>
                  <DataList.ItemValue style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {column.render(row)}
                  </DataList.ItemValue>
                </DataList.Item>
              ))}
            </DataList>
          </Paper>
        ))}
      </Stack>
    );
  }
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
