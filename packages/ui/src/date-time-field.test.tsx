import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateTimeField } from './date-time-field';
import { renderWithUi } from './testing/render-with-ui';

function Starts({ initial, saved }: { initial: string | null; saved: (string | null)[] }) {
  const [value, setValue] = useState(initial);
  return (
    <DateTimeField
      label="Starts"
      value={value}
      onChange={(next) => {
        saved.push(next);
        setValue(next);
      }}
    />
  );
}

describe('DateTimeField', () => {
  it('keeps the time typed after a day was picked: 09:00 is 09:00 and 18:00 is 18:00', async () => {
    const user = userEvent.setup();
    const saved: (string | null)[] = [];
    renderWithUi(<Starts initial="2026-03-02 00:00:00" saved={saved} />);

    await user.click(screen.getByRole('button', { name: /^Starts/ }));
    await user.click(screen.getByRole('button', { name: /^15 March 2026/ }));
    expect(saved.at(-1)).toBe('2026-03-15 00:00:00');

    await user.clear(screen.getByLabelText('Starts, time'));
    await user.type(screen.getByLabelText('Starts, time'), '09:00');
    expect(saved.at(-1)).toBe('2026-03-15 09:00:00');
    await user.clear(screen.getByLabelText('Starts, time'));
    await user.type(screen.getByLabelText('Starts, time'), '18:00');
    expect(saved.at(-1)).toBe('2026-03-15 18:00:00');
  });

  it('holds a time typed before the day and applies it when the day is picked; clearing the day clears the value', async () => {
    const user = userEvent.setup();
    const saved: (string | null)[] = [];
    renderWithUi(<Starts initial={null} saved={saved} />);

    await user.type(screen.getByLabelText('Starts, time'), '18:30');
    expect(saved).toEqual([]);
    await user.click(screen.getByRole('button', { name: /^Starts/ }));
    await user.click(screen.getAllByRole('button', { name: /^10 / })[0]!);
    expect(saved.at(-1)).toMatch(/^\d{4}-\d{2}-10 18:30:00$/);
  });
});
