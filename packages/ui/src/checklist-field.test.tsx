import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChecklistField, type ChecklistOption } from './checklist-field';
import { renderWithUi } from './testing/render-with-ui';

const stores: ChecklistOption[] = [
  { value: 'g1', label: 'Main Street store' },
  { value: 'g2', label: 'Station kiosk', description: 'Circle, 80 m' },
];

function Checklist({
  onChange,
  options = stores,
}: {
  onChange: (value: string[]) => void;
  options?: ChecklistOption[];
}) {
  const [value, setValue] = useState<string[]>(['g1']);
  const [search, setSearch] = useState('');
  return (
    <ChecklistField
      label="Geofences"
      options={options.filter((option) => option.label.toLowerCase().includes(search.toLowerCase()))}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
      search={search}
      onSearchChange={setSearch}
      empty="Nothing matches."
    />
  );
}

describe('ChecklistField', () => {
  it('adds a checked option to the value and removes an unchecked one', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithUi(<Checklist onChange={onChange} />);

    expect(screen.getByRole('checkbox', { name: /Main Street store/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Station kiosk/ }));
    expect(onChange).toHaveBeenLastCalledWith(['g1', 'g2']);
    await user.click(screen.getByRole('checkbox', { name: /Main Street store/ }));
    expect(onChange).toHaveBeenLastCalledWith(['g2']);
  });

  it('passes the search on and says when no option matches', async () => {
    const user = userEvent.setup();
    renderWithUi(<Checklist onChange={vi.fn()} />);

    await user.type(screen.getByRole('textbox', { name: 'Search geofences' }), 'kiosk');
    expect(screen.queryByRole('checkbox', { name: /Main Street store/ })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Station kiosk/ })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Search geofences' }), 'zzz');
    expect(screen.getByText('Nothing matches.')).toBeInTheDocument();
  });
});
