import { readFileSync } from 'node:fs';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { validateSpacesDocument, validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { useAppStore } from '../../src/state/app-store.ts';
import { parseUrlState } from '../../src/state/url-state.ts';
import { renderWithData } from './render-app.tsx';

// MapLibre cannot run in jsdom: the map is replaced at its module boundary.
vi.mock('../../src/map/space-map.tsx', () => ({ default: () => <div data-testid="map" /> }));

const text = readFileSync('data/spaces.geojson', 'utf8');
const SPACE_NAME = /, (Portineria|Servizi|Impresa)/;

describe('the app', () => {
  it('shows the header, the filters, the list, the map and the credits', async () => {
    await renderWithData(<App />, validateSpacesText(text));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Quartieri Connessi' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Aree tematiche da mostrare' })).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Gli spazi' });
    expect(within(list).getAllByRole('link', { name: SPACE_NAME })).toHaveLength(9);
    // The first map view, with its nine markers: MapLibre is not loaded until it is reached for.
    const map = screen.getByRole('region', { name: 'Mappa degli spazi' });
    expect(within(map).getAllByRole('button', { name: SPACE_NAME })).toHaveLength(9);
    expect(screen.queryByTestId('map')).not.toBeInTheDocument();
    fireEvent.pointerEnter(map);
    expect(await screen.findByTestId('map')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('PON Metro 2014-2020');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('CC BY 4.0');
  });

  it('shows a clear error, not a blank page, when the data file cannot be reached', async () => {
    await renderWithData(<App />, { unreachable: true });
    expect(screen.getByRole('alert')).toHaveTextContent('Gli spazi non possono essere mostrati');
    expect(screen.getByRole('alert')).toHaveTextContent('non è raggiungibile');
    expect(screen.getByRole('button', { name: 'Riprova' })).toBeInTheDocument();
    expect(screen.queryByTestId('map')).not.toBeInTheDocument();
  });

  it('shows the validation problems when the data file is broken', async () => {
    await renderWithData(<App />, validateSpacesText('{ not json'));
    expect(screen.getByRole('alert')).toHaveTextContent('contiene errori');
    expect(screen.getByRole('alert')).toHaveTextContent('not valid JSON');
  });

  it('skips a broken space, says so, and shows the others', async () => {
    const broken = JSON.parse(text);
    broken.features[0].properties.area = 7;
    await renderWithData(<App />, validateSpacesDocument(broken));
    const list = screen.getByRole('region', { name: 'Gli spazi' });
    expect(within(list).getAllByRole('link', { name: SPACE_NAME })).toHaveLength(8);
    expect(
      screen.getByText('1 spazio non è mostrato perché i suoi dati contengono errori.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/feature 1 \(omero-15\), field "area"/)).toBeInTheDocument();
  });

  it('dismisses a notice about a bad link', async () => {
    const user = userEvent.setup();
    await renderWithData(<App />, validateSpacesText(text));
    useAppStore
      .getState()
      .applyUrlState({ ...parseUrlState('').state }, [{ param: 'map', value: 'abc' }], {
        initial: false,
      });
    expect(
      await screen.findByText('Una parte del link non è stata capita ed è stata ignorata.'),
    ).toBeInTheDocument();
    const echo = screen.getByText('map=abc');
    expect(echo.tagName).toBe('BDI');
    expect(echo.parentElement).toHaveTextContent('Nel link: «map=abc»');
    await user.click(screen.getByRole('button', { name: 'Chiudi il messaggio' }));
    expect(screen.queryByText('map=abc')).not.toBeInTheDocument();
  });

  it('opens a space chosen on the first map view, and then loads the map', async () => {
    await renderWithData(<App />, validateSpacesText(text));
    const map = screen.getByRole('region', { name: 'Mappa degli spazi' });
    fireEvent.click(within(map).getByRole('button', { name: /^viale Omero 15,/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'viale Omero 15' }),
    ).toBeInTheDocument();
    expect(useAppStore.getState().selectedId).toBe('omero-15');
    expect(await screen.findByTestId('map')).toBeInTheDocument();
  });

  it('leads with the open space: its address the one h1, its panel first in main; the programme is the h1 again when it closes', async () => {
    const user = userEvent.setup();
    await renderWithData(<App />, validateSpacesText(text));
    const h1s = () => screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent);
    const firstOfMain = () => within(screen.getByRole('main')).getAllByRole('heading')[0];
    expect(h1s()).toEqual(['Quartieri Connessi']);
    expect(firstOfMain()).toHaveTextContent('Trova lo spazio più vicino');

    await user.click(
      within(screen.getByRole('region', { name: 'Gli spazi' })).getByRole('link', {
        name: /^viale Faenza 25,/,
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'viale Faenza 25' });
    expect(h1s()).toEqual(['viale Faenza 25']);
    expect(firstOfMain()).toHaveAccessibleName('viale Faenza 25');
    expect(firstOfMain()).toHaveFocus();
    // The programme's name stays in the header, as the site's name.
    expect(screen.getByRole('banner')).toHaveTextContent('Quartieri Connessi');
    const headings = within(screen.getByRole('main')).getAllByRole('heading');
    const names = headings.map((h) => h.textContent);
    expect(names.indexOf('Come arrivare')).toBeLessThan(
      names.indexOf('Trova lo spazio più vicino'),
    );
    expect(headings[1]).toHaveProperty('tagName', 'H2');

    // Another space, chosen in the list: it leads in its turn.
    await user.click(screen.getByRole('link', { name: /^via Palmanova 59,/ }));
    await screen.findByRole('heading', { level: 1, name: 'via Palmanova 59' });
    expect(h1s()).toEqual(['via Palmanova 59']);

    await user.keyboard('{Escape}');
    expect(h1s()).toEqual(['Quartieri Connessi']);
    expect(screen.getByRole('link', { name: /^via Palmanova 59,/ })).toHaveFocus();
  });

  it('switches the interface to English', async () => {
    const user = userEvent.setup();
    await renderWithData(<App />, validateSpacesText(text));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lingua' }), 'English');
    expect(await screen.findByRole('heading', { name: 'The spaces' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
