import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FileField } from './file-field';
import { renderWithUi } from './testing/render-with-ui';

describe('file field', () => {
  it('hands the chosen file to onChange', async () => {
    const onChange = vi.fn();
    renderWithUi(<FileField label="CSV file" accept=".csv" onChange={onChange} />);
    const file = new File(['name\nA'], 'places.csv', { type: 'text/csv' });

    await userEvent.upload(screen.getByLabelText('CSV file'), file);

    expect(onChange).toHaveBeenCalledWith(file);
  });

  it('marks the input invalid and describes it with the error', () => {
    renderWithUi(
      <FileField label="CSV file" description="UTF-8, with a header row" error="Choose a file" onChange={vi.fn()} />,
    );
    const input = screen.getByLabelText('CSV file');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('UTF-8, with a header row Choose a file');
  });
});
