/** Renders the app (or a part of it) in jsdom with Italian translations and chosen data. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { startI18n } from '../../src/i18n/i18n';
import { refreshHours } from '../../src/state/hours-store';
import { setDataResult, type LoadResult } from '../../src/state/spaces-store';
import { resetStores } from '../reset-stores';

export async function renderWithData(ui: ReactElement, data: LoadResult) {
  resetStores();
  await startI18n('it');
  setDataResult(data);
  // The hours are worked out as the app does once the spaces are in (hours-store.ts).
  await refreshHours();
  return render(ui);
}
