/** Renders the app (or a part of it) in jsdom with Italian translations and chosen data. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { startI18n } from '../../src/i18n/i18n';
import { useAppStore } from '../../src/state/app-store';
import type { ValidationResult } from '../../src/spaces/validate-spaces';

const pristine = useAppStore.getState();

export async function renderWithData(
  ui: ReactElement,
  data: ValidationResult | { unreachable: true },
) {
  useAppStore.setState(pristine, true);
  await startI18n('it');
  useAppStore.getState().setDataResult(data);
  return render(ui);
}
