/** "Aggiornamenti": the programme's updates, newest first, with their spaces and sources. */
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import UpdatesPage from '../../src/app/updates-page.tsx';
import { readUpdates } from '../../src/spaces/updates.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { useAppStore } from '../../src/state/app-store.ts';
import { renderWithData } from './render-app.tsx';

const data = validateSpacesText(readFileSync('data/spaces.geojson', 'utf8'));
const updatesText = readFileSync('data/updates.json', 'utf8');

/** The page fetches data/updates.json itself: the network answers with `body`. */
const answer = (body: string, status = 200) =>
  vi.stubGlobal('fetch', async () => new Response(body, { status }));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the updates page', () => {
  it('lists the updates newest first, with date, kind, spaces and source', async () => {
    const user = userEvent.setup();
    answer(updatesText);
    await renderWithData(<UpdatesPage />, data);
    const items = await screen.findAllByRole('listitem');
    const entries = items.filter((li) => li.classList.contains('updates-page__entry'));
    expect(entries.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Nuovo avviso: una proposta per ogni area',
      'Primo avviso per gli enti del Terzo settore',
      'Presentato il progetto Quartieri Connessi',
    ]);
    expect(entries[0]).toHaveTextContent('16 dicembre 2020 · Avviso');
    expect(entries[0]).toHaveAttribute('id', 'update-2020-12-16-nuovo-avviso');
    expect(entries[2]).toHaveTextContent(
      'Fonte: AdnKronos, 16 marzo 2018, ripreso da diariodelweb.it',
    );
    expect(screen.getByRole('link', { name: /Segui gli aggiornamenti/ })).toHaveAttribute(
      'href',
      '/updates-it.atom',
    );

    // A space named by an update opens, back on the map.
    await user.click(within(entries[0]!).getByRole('link', { name: 'viale Faenza 25' }));
    expect(useAppStore.getState()).toMatchObject({ page: null, selectedId: 'faenza-25' });
  });

  it('says when the file does not arrive, and tries again', async () => {
    const user = userEvent.setup();
    answer('', 503);
    await renderWithData(<UpdatesPage />, data);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Gli aggiornamenti non si sono potuti caricare',
    );
    answer(updatesText);
    await user.click(screen.getByRole('button', { name: 'Riprova' }));
    expect(await screen.findAllByRole('heading', { level: 3 })).toHaveLength(3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('leaves a broken entry out and says some are not shown', async () => {
    const broken = JSON.parse(updatesText);
    broken.updates[0].kind = 'news';
    answer(JSON.stringify(broken));
    await renderWithData(<UpdatesPage />, data);
    expect(await screen.findByText(/Alcuni aggiornamenti non sono mostrati/)).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(readUpdates(JSON.stringify(broken)).updates).toHaveLength(2);
  });
});
