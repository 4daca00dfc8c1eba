import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { UiProvider } from '../ui-provider';

export function renderWithUi(element: ReactElement): RenderResult {
  return render(<UiProvider env="test">{element}</UiProvider>);
}
