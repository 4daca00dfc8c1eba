import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';
import { renderWithUi } from './testing/render-with-ui';

function renderDialog() {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  renderWithUi(
    <ConfirmDialog
      opened
      title="Revoke API key?"
      message="Apps using this key stop working."
      confirmLabel="Revoke"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  return { onConfirm, onCancel };
}

describe('ConfirmDialog', () => {
  it('calls onConfirm only when the confirm button is pressed', async () => {
    const user = userEvent.setup();
    const { onConfirm, onCancel } = renderDialog();

    expect(screen.getByRole('dialog', { name: 'Revoke API key?' })).toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Revoke' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('cancels without confirming', async () => {
    const user = userEvent.setup();
    const { onConfirm, onCancel } = renderDialog();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
