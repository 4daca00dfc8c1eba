import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorState } from './error-state';
import { renderWithUi } from './testing/render-with-ui';

describe('ErrorState', () => {
  it('retries when asked to', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderWithUi(<ErrorState message="The server is unreachable." onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The server is unreachable.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('offers no retry when the failure is not transient', () => {
    renderWithUi(<ErrorState message="Only owners can see API keys." />);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
