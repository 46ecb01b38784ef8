import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AreaFilter } from '../../src/list/area-filter.tsx';
import { SpaceList } from '../../src/list/space-list.tsx';
import { Announcer } from '../../src/app/announcer.tsx';
import { useAppStore } from '../../src/state/app-store.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { startI18n } from '../../src/i18n/i18n.ts';
import { chooseInList, renderWithData } from './render-app.tsx';

const data = validateSpacesText(readFileSync('data/spaces.geojson', 'utf8'));

function ListWithFilters() {
  return (
    <>
      <AreaFilter />
      <SpaceList />
      <Announcer />
    </>
  );
}

describe('the list of spaces with its filters', () => {
  it('lists the nine spaces in three groups, each a link named by address and area', async () => {
    await renderWithData(<ListWithFilters />, data);
    expect(screen.getAllByRole('heading', { level: 3 })).toEqual([
      screen.getByRole('heading', { name: 'Area 1: Portinerie sociali (3 spazi)' }),
      screen.getByRole('heading', { name: 'Area 2: Servizi innovativi e animazione (3 spazi)' }),
      screen.getByRole('heading', { name: 'Area 3: Impresa e comunità (3 spazi)' }),
    ]);
    expect(screen.getAllByRole('link', { name: /, / })).toHaveLength(9);
    expect(
      screen.getByRole('link', { name: 'viale Omero 15, Portineria sociale' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'via Alex Visconti 24 A-F, Servizi innovativi e animazione',
      }),
    ).toBeInTheDocument();
  });

  it('offers the three areas as checkboxes with their counts', async () => {
    await renderWithData(<ListWithFilters />, data);
    const filters = screen.getByRole('group', { name: 'Aree tematiche da mostrare' });
    expect(
      within(filters)
        .getAllByRole('checkbox')
        .map((c) => (c as HTMLInputElement).checked),
    ).toEqual([true, true, true]);
    expect(
      within(filters).getByRole('checkbox', { name: /Portinerie sociali \(3\)/ }),
    ).toBeChecked();
  });

  it('hides an area from the list when unticked, and announces how many are shown', async () => {
    const user = userEvent.setup();
    await renderWithData(<ListWithFilters />, data);
    await user.click(screen.getByRole('checkbox', { name: /Impresa e comunità/ }));
    expect(screen.queryByRole('link', { name: /via Palmanova 59/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('link')).toHaveLength(6);
    expect(screen.getByTestId('announcer')).toHaveTextContent('6 spazi mostrati su 9');
  });

  it('tells the person what to do when every area is hidden', async () => {
    const user = userEvent.setup();
    await renderWithData(<ListWithFilters />, data);
    for (const name of [/Portinerie/, /Servizi/, /Impresa/])
      await user.click(screen.getByRole('checkbox', { name }));
    expect(screen.getByText(/Nessuna area tematica è selezionata/)).toBeInTheDocument();
    expect(screen.getByTestId('announcer')).toHaveTextContent('0 spazi mostrati su 9');
  });

  it('marks the chosen space in the list', async () => {
    const user = userEvent.setup();
    await renderWithData(<ListWithFilters />, data);
    await chooseInList(user, /via Luigi Capuana 7/);
    expect(useAppStore.getState().selectedId).toBe('capuana-7');
    expect(screen.getByRole('link', { name: /via Luigi Capuana 7/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('marks the Italian neighbourhood names as Italian in every language (WCAG 3.1.2)', async () => {
    await renderWithData(<ListWithFilters />, data);
    await startI18n('en');
    const place = screen.getByText('Corvetto');
    expect(place).toHaveAttribute('lang', 'it');
    expect(place.parentElement).toHaveTextContent('Corvetto · Municipio 4');
  });
});
