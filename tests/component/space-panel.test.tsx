import { readFileSync } from 'node:fs';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { switchLanguage } from '../../src/i18n/i18n.ts';
import { SpaceList } from '../../src/list/space-list.tsx';
import { SpacePanel } from '../../src/panel/space-panel.tsx';
import { useAppStore } from '../../src/state/app-store.ts';
import { validateSpacesDocument, validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { chooseInList, renderWithData } from './render-app.tsx';

const data = validateSpacesText(readFileSync('data/spaces.geojson', 'utf8'));

function ListAndPanel() {
  return (
    <>
      <SpaceList />
      <SpacePanel />
    </>
  );
}

function definition(term: string): HTMLElement {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling as HTMLElement;
}

describe('the detail panel', () => {
  it('opens on a space chosen in the list, with its facts, and takes the focus', async () => {
    const user = userEvent.setup();
    await renderWithData(<ListAndPanel />, data);
    await chooseInList(user, /viale Faenza 25/);

    const panel = screen.getByRole('region', { name: 'viale Faenza 25' });
    expect(within(panel).getByRole('heading', { level: 1, name: 'viale Faenza 25' })).toHaveFocus();
    expect(panel).toHaveTextContent('Area 2: Servizi innovativi e animazione');
    expect(definition('Quartiere')).toHaveTextContent('Barona (NIL 46: Barona)');
    expect(definition('Municipio')).toHaveTextContent('Municipio 6');
    expect(definition('Stato')).toHaveTextContent('Coprogettazione in corso');
    // The date is the call's after which the Comune made its statement; the statement's own date
    // is not known, and the panel says so.
    expect(definition('Stato')).toHaveTextContent(
      "Fonte: Comune di Milano, comunicazione successiva all'avviso del 16/12/2020; la data della dichiarazione non è nota.",
    );
    expect(definition('Avviso collegato')).toHaveTextContent('Pubblicato il 16 dicembre 2020');
  });

  it('dates the status when the data knows the statement’s date', async () => {
    const user = userEvent.setup();
    const dated = JSON.parse(readFileSync('data/spaces.geojson', 'utf8'));
    dated.features[0].properties.status_date = '2021-03-01';
    await renderWithData(<ListAndPanel />, validateSpacesDocument(dated));
    await chooseInList(user, /viale Omero 15/);
    expect(definition('Stato')).toHaveTextContent('dichiarazione del 1 marzo 2021.');
  });

  it('names the status’s source in Italian in every language, with the sentence around it', async () => {
    const user = userEvent.setup();
    const dated = JSON.parse(readFileSync('data/spaces.geojson', 'utf8'));
    dated.features[0].properties.status_date = '2021-03-01';
    await renderWithData(<ListAndPanel />, validateSpacesDocument(dated));
    await act(() => switchLanguage('en'));
    act(() => useAppStore.getState().setLang('en'));
    await chooseInList(user, /viale Omero 15/);
    const source = screen.getByText(
      "Comune di Milano, comunicazione successiva all'avviso del 16/12/2020",
    );
    expect(source).toHaveAttribute('lang', 'it');
    expect(source.parentElement).toHaveTextContent(
      "Source: Comune di Milano, comunicazione successiva all'avviso del 16/12/2020; statement of 1 March 2021.",
    );
  });

  it('shows what is not yet known as unknown', async () => {
    const user = userEvent.setup();
    await renderWithData(<ListAndPanel />, data);
    await chooseInList(user, /viale Omero 15/);
    for (const term of ['Ente gestore', 'Progetto', 'Orari di apertura', 'Servizi offerti']) {
      expect(definition(term)).toHaveTextContent(/^Non ancora noto$/);
    }
    expect(definition('Accessibilità')).toHaveTextContent(
      'Ingresso senza gradini: Non ancora notoBagno accessibile: Non ancora noto',
    );
    expect(definition('Contatti')).toHaveTextContent('Telefono: Non ancora noto');
    expect(
      screen.getByText("La data dell'ultima verifica di questi dati non è nota."),
    ).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByText('Storia dello stato')).not.toBeInTheDocument();
    expect(definition('Avviso collegato')).toHaveTextContent(
      'Data di pubblicazione non ancora nota',
    );
  });

  it('opens the call and directions in a new tab, safely', async () => {
    const user = userEvent.setup();
    await renderWithData(<ListAndPanel />, data);
    await chooseInList(user, /viale Omero 15/);
    const google = screen.getByRole('link', { name: /Indicazioni con Google Maps/ });
    expect(google).toHaveAttribute(
      'href',
      expect.stringContaining('destination=45.434732,9.224696&travelmode=walking'),
    );
    expect(google).toHaveAttribute('target', '_blank');
    expect(google).toHaveAttribute('rel', 'noopener noreferrer');
    expect(google).toHaveAccessibleName(/si apre in una nuova scheda/);
    expect(screen.getByRole('link', { name: /Pagina del programma/ })).toHaveAttribute(
      'href',
      'https://quartiericonnessi.comune.milano.it/',
    );
    expect(
      screen.getByRole('link', { name: 'quartiericonnessi@comune.milano.it' }),
    ).toHaveAttribute('href', 'mailto:quartiericonnessi@comune.milano.it');
  });

  it('offers to report a wrong fact by mail, naming the space and the data’s version', async () => {
    const user = userEvent.setup();
    await renderWithData(<ListAndPanel />, { ...data, version: '0a1b2c3d' });
    await chooseInList(user, /viale Faenza 25/);
    const report = screen.getByRole('link', { name: "Segnala un'informazione errata" });
    const href = new URL(report.getAttribute('href')!);
    expect(href.protocol).toBe('mailto:');
    expect(href.pathname).toBe('quartiericonnessi@comune.milano.it');
    expect(href.searchParams.get('subject')).toBe(
      'Informazione errata: viale Faenza 25 (faenza-25)',
    );
    const body = href.searchParams.get('body')!;
    expect(body).toContain('Spazio: viale Faenza 25 (faenza-25)\r\n');
    expect(body).toContain('Versione dei dati: 0a1b2c3d');
    expect(body).toMatch(/Scheda: http:\/\/[^\s]+\/spazi\/faenza-25\/(\r|$)/);
    expect(body).not.toContain('map=');
    expect(screen.getByText(/Nient'altro viene inviato/)).toBeInTheDocument();
  });

  it('says the data’s version is not known when the data came without one', async () => {
    const user = userEvent.setup();
    await renderWithData(<ListAndPanel />, data);
    await chooseInList(user, /viale Faenza 25/);
    const report = screen.getByRole('link', { name: "Segnala un'informazione errata" });
    expect(new URL(report.getAttribute('href')!).searchParams.get('body')).toContain(
      'Versione dei dati: non nota',
    );
  });

  it('closes with its button and gives the focus back to the list item', async () => {
    const user = userEvent.setup();
    await renderWithData(<ListAndPanel />, data);
    const item = screen.getByRole('link', { name: /via Palmanova 59/ });
    await chooseInList(user, /via Palmanova 59/);
    await user.click(screen.getByRole('button', { name: 'Chiudi la scheda' }));
    expect(screen.queryByRole('region', { name: 'via Palmanova 59' })).not.toBeInTheDocument();
    expect(item).toHaveFocus();
    expect(useAppStore.getState().selectedId).toBeNull();
  });

  it('closes with Escape and gives the focus back', async () => {
    const user = userEvent.setup();
    await renderWithData(<ListAndPanel />, data);
    const item = screen.getByRole('link', { name: /via Sant'Erlembaldo 2/ });
    item.focus();
    await user.keyboard('{Enter}');
    // The space opens once the pressed entry has been painted (src/ui/after-paint.ts).
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { level: 1, name: "via Sant'Erlembaldo 2" }),
      ).toHaveFocus(),
    );
    await user.keyboard('{Escape}');
    expect(
      screen.queryByRole('heading', { level: 1, name: "via Sant'Erlembaldo 2" }),
    ).not.toBeInTheDocument();
    expect(item).toHaveFocus();
  });

  it('draws the head of a space a person chose first, and a space a link opened whole at once', async () => {
    // The first render of each, as the prerender makes it (React's first render of a deferred part).
    await renderWithData(<></>, data);
    const firstRender = (by: 'person' | 'link') => {
      useAppStore.setState({ selectedId: 'faenza-25', by });
      const page = document.createElement('div');
      page.innerHTML = renderToString(<SpacePanel />);
      return page.querySelector('section')!;
    };
    // Chosen: the area, the address and what it is for, the rest to come.
    const chosen = firstRender('person');
    expect(chosen.querySelector('h1')).toHaveTextContent('viale Faenza 25');
    expect(chosen).toHaveTextContent('Area 2: Servizi innovativi e animazione');
    expect(chosen.querySelector('dl')).toBeNull();
    expect(chosen).toHaveAttribute('data-details', 'coming');
    // By a link (a space's own page, which the app hydrates as it is): whole.
    const linked = firstRender('link');
    expect(linked.querySelector('dl')).toHaveTextContent('Barona (NIL 46: Barona)');
    expect(linked).toHaveTextContent('Come arrivare');
    expect(linked).not.toHaveAttribute('data-details');
  });
});
