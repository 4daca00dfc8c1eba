import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PasswordField } from './password-field';
import { TextField } from './text-field';
import { renderWithUi } from './testing/render-with-ui';

describe('form fields', () => {
  it('shows the error and marks the field invalid', () => {
    renderWithUi(<TextField label="Email" error="This email is already taken" />);
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('This email is already taken'));
  });

  it('is valid when there is no error', () => {
    renderWithUi(<PasswordField label="Password" description="At least 10 characters" />);
    const input = screen.getByLabelText('Password');
    expect(input).not.toBeInvalid();
    expect(input).toHaveAccessibleDescription('At least 10 characters');
  });
});
