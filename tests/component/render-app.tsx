/** Renders the app (or a part of it) in jsdom with Italian translations and chosen data. */
import { render, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { expect } from 'vitest';
import { startI18n } from '../../src/i18n/i18n.ts';
import { refreshHours } from '../../src/state/hours-store.ts';
import { setDataResult, type LoadResult } from '../../src/state/spaces-store.ts';
import { resetStores } from '../reset-stores.ts';

export async function renderWithData(ui: ReactElement, data: LoadResult) {
  resetStores();
  await startI18n('it');
  setDataResult(data);
  // The hours are worked out as the app does once the spaces are in (hours-store.ts).
  await refreshHours();
  return render(ui);
}

/**
 * Chooses a space in the list as a person does, and waits for it to open: the app opens it once
 * the pressed entry has been painted (src/ui/after-paint.ts), and its panel's head comes first,
 * the rest just after (src/panel/space-panel.tsx).
 */
export async function chooseInList(user: UserEvent, name: RegExp): Promise<void> {
  const link = screen.getByRole('link', { name });
  await user.click(link);
  await waitFor(() => expect(link).toHaveAttribute('aria-current', 'true'));
  // The panel, where the page has one, with all its parts.
  await waitFor(() => expect(document.querySelector('[data-details="coming"]')).toBeNull());
}
