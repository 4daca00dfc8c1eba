import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, type DataTableColumn } from './data-table';
import { EmptyState } from './empty-state';
import { renderWithUi } from './testing/render-with-ui';

interface Fruit {
  id: string;
  name: string;
}

const columns: DataTableColumn<Fruit>[] = [{ key: 'name', header: 'Name', render: (fruit) => fruit.name }];

function renderTable(rows: Fruit[], loading = false) {
  renderWithUi(
    <DataTable
      label="Fruits"
      columns={columns}
      rows={rows}
      rowKey={(fruit) => fruit.id}
      loading={loading}
      empty={<EmptyState title="No fruit yet" />}
    />,
  );
}

describe('DataTable', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the empty state instead of a table when there are no rows', () => {
    renderTable([]);
    expect(screen.getByText('No fruit yet')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('renders one row per item under its column header', () => {
    renderTable([
      { id: '1', name: 'Apple' },
      { id: '2', name: 'Pear' },
    ]);
    const table = screen.getByRole('table', { name: 'Fruits' });
    expect(table).toHaveTextContent('Name');
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('cell', { name: 'Pear' })).toBeInTheDocument();
  });

  it('shows each row as a card of labelled values on a phone, where table columns would fall off screen', () => {
    const matchMedia = window.matchMedia;
    vi.spyOn(window, 'matchMedia').mockImplementation((query) => ({
      ...matchMedia(query),
      matches: query === '(max-width: 35.99em)',
    }));
    renderTable([
      { id: '1', name: 'Apple' },
      { id: '2', name: 'Pear' },
    ]);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = screen.getAllByRole('listitem');
    expect(screen.getByRole('list', { name: 'Fruits' })).toContainElement(cards[0]!);
    expect(cards.map((card) => card.textContent)).toEqual(['NameApple', 'NamePear']);
  });

  it('shows a loading state while loading', () => {
    renderTable([{ id: '1', name: 'Apple' }], true);
    expect(screen.getByRole('status')).toHaveTextContent('Loading fruits…');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
