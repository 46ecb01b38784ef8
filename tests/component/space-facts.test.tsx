/**
 * The panel, the list and the "aperti ora" filter with the fixture where every fact is filled in
 * (clearly fictitious), at fixed moments in Milan, in Italian and in Arabic.
 */
import { readFileSync } from 'node:fs';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcer } from '../../src/app/announcer.tsx';
import { switchLanguage } from '../../src/i18n/i18n.ts';
import { AreaFilter } from '../../src/list/area-filter.tsx';
import { OpenNowFilter } from '../../src/list/open-now-filter.tsx';
import { SpaceList } from '../../src/list/space-list.tsx';
import { SpacePanel } from '../../src/panel/space-panel.tsx';
import { useAppStore } from '../../src/state/app-store.ts';
import { refreshHours, useHours } from '../../src/state/hours-store.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { COMPLETE_SPACES_FILE } from '../unit/spaces-fixture.ts';
import { chooseInList, renderWithData } from './render-app.tsx';

const complete = validateSpacesText(readFileSync(COMPLETE_SPACES_FILE, 'utf8'));
const real = validateSpacesText(readFileSync('data/spaces.geojson', 'utf8'));

function Page() {
  return (
    <>
      <Announcer />
      <AreaFilter />
      <OpenNowFilter />
      <SpaceList />
      <SpacePanel />
    </>
  );
}

function definition(term: string): HTMLElement {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

/** Only Date is fixed: the timers the page and user-event use keep running. */
function at(iso: string) {
  vi.useFakeTimers({ now: new Date(iso), toFake: ['Date'] });
}

beforeEach(() => at('2026-12-01T16:59:00Z')); // Tuesday 1 December 2026, 17:59 in Milan.
afterEach(async () => {
  vi.useRealTimers();
  await act(() => switchLanguage('it'));
});

async function openOmero() {
  const user = userEvent.setup();
  await renderWithData(<Page />, complete);
  await chooseInList(user, /viale Omero 15/);
  return { user, panel: screen.getByRole('region', { name: 'viale Omero 15' }) };
}

describe('the panel with every fact known', () => {
  it('says open now until closing time, a minute before it, and shows the week', async () => {
    await openOmero();
    const hours = definition('Orari di apertura');
    expect(hours).toHaveTextContent('Aperto ora, fino alle 18:00');
    const week = within(hours).getByRole('table', { name: 'Orari dei prossimi sette giorni' });
    const rows = within(week).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'martedì 1 dicembre9:00–12:30, 14:00–18:00',
      'mercoledì 2 dicembre9:00–12:30, 14:00–18:00',
      'giovedì 3 dicembre9:00–12:30, 14:00–18:00',
      'venerdì 4 dicembre9:00–12:30, 14:00–18:00',
      'sabato 5 dicembre10:00–13:00',
      'domenica 6 dicembrechiuso',
      'lunedì 7 dicembre9:00–12:30, 14:00–18:00',
    ]);
    expect(rows[0]).toHaveAttribute('aria-current', 'date');
    expect(hours).toHaveTextContent('Chiuso dal 10 al 20 agosto (nota di prova).');
  });

  it('says when it opens again on a public holiday, and marks the holiday in the week', async () => {
    at('2026-12-07T17:30:00Z'); // Monday 7 December, 18:30: tomorrow is the Immacolata.
    await openOmero();
    const hours = definition('Orari di apertura');
    expect(hours).toHaveTextContent('Chiuso ora, apre mercoledì alle 9:00');
    expect(within(hours).getAllByRole('row')[1]).toHaveTextContent(
      'martedì 8 dicembrechiuso (festivo: Immacolata Concezione)',
    );
  });

  it('shows the operator, access, services, contacts, photo, history and checked date', async () => {
    const { user, panel } = await openOmero();
    expect(definition('Ente gestore')).toHaveTextContent(
      'Associazione di prova 1 (ente fittizio) Gestisce lo spazio dal 15 settembre 2026',
    );
    expect(
      within(definition('Ente gestore')).getByRole('link', { name: /Sito dell'ente/ }),
    ).toHaveAttribute('href', 'https://example.org/ente-1');
    expect(definition('Accessibilità')).toHaveTextContent(
      'Ingresso senza gradini: sìBagno accessibile: sìIngresso dal cortile, seconda porta (nota di prova).',
    );
    expect(
      within(definition('Servizi offerti'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Sportello di prova', 'Laboratorio di prova']);
    expect(
      within(definition('Contatti')).getByRole('link', { name: '+39 02 0000 0001' }),
    ).toHaveAttribute('href', 'tel:+390200000001');
    const photo = within(panel).getByRole('img', { name: /Foto di prova: un riquadro colorato/ });
    expect(photo).toHaveAttribute('src', '/photos/prova-ingresso.png');
    expect(panel).toHaveTextContent('Foto: Autore di prova, CC0 1.0');
    expect(definition('Stato')).toHaveTextContent(
      'Aperto: i servizi sono attiviDal 15 settembre 2026.',
    );
    const history = within(panel).getByText('Storia dello stato').closest('details')!;
    expect(history).not.toHaveAttribute('open');
    await user.click(within(panel).getByText('Storia dello stato'));
    expect(history).toHaveAttribute('open');
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '16 dicembre 2020: Il Comune cerca un ente del Terzo settore che lo gestisca (fonte: Fonte di prova (dato fittizio))',
      '1 marzo 2025: Coprogettazione in corso con il progetto selezionato; seguirà una fase di avvio di due anni finanziata dal PON Metro (fonte: Fonte di prova (dato fittizio), Vedi la fonte (si apre in una nuova scheda)↗)',
      '15 settembre 2026: Aperto: i servizi sono attivi (fonte: Fonte di prova n. 1 (dato fittizio), Vedi la fonte (si apre in una nuova scheda)↗)',
    ]);
    expect(panel).toHaveTextContent('Dati verificati il 20 novembre 2026.');
    const report = within(panel).getByRole('link', { name: "Segnala un'informazione errata" });
    expect(new URL(report.getAttribute('href')!).searchParams.get('body')).toContain(
      'Dati verificati il: 20 novembre 2026',
    );
  });

  it('is in Arabic, right to left, with the untranslated texts in Italian and said to be', async () => {
    const { panel } = await openOmero();
    await act(() => switchLanguage('ar'));
    act(() => useAppStore.getState().setLang('ar'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(panel).toHaveTextContent('مفتوح الآن، حتى');
    expect(panel).toHaveTextContent('مدخل بلا درجات: نعم');
    // The fixture translates the access note into Arabic; the project's name stays Italian.
    expect(screen.getByText('المدخل من الفناء، الباب الثاني (ملاحظة تجريبية).')).toHaveAttribute(
      'lang',
      'ar',
    );
    expect(screen.getByText('Progetto di prova 1')).toHaveAttribute('lang', 'it');
  });

  it('falls back to the Italian text where a language has none, marked as Italian', async () => {
    const user = userEvent.setup();
    await renderWithData(<Page />, complete);
    await act(() => switchLanguage('en'));
    act(() => useAppStore.getState().setLang('en'));
    await chooseInList(user, /via Palmanova 59/);
    const note = screen.getByText('Ingresso dal cortile, seconda porta (nota di prova).');
    expect(note).toHaveAttribute('lang', 'it');
    expect(note.parentElement).toHaveTextContent(
      'Ingresso dal cortile, seconda porta (nota di prova). (in Italian only)',
    );
    // Palmanova has no photo in the fixture: none is shown, and nothing says one is missing.
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('before the hours are worked out', () => {
  it('says they are coming, not that they cannot be read', async () => {
    const user = userEvent.setup();
    await renderWithData(<Page />, complete);
    act(() => useHours.setState({ status: 'none', byId: {} }));
    await chooseInList(user, /viale Omero 15/);
    expect(definition('Orari di apertura')).toHaveTextContent(/^Caricamento degli orari…/);
    act(() => useHours.setState({ status: 'loading' }));
    expect(definition('Orari di apertura')).toHaveTextContent(/^Caricamento degli orari…/);
  });
});

describe('the list and "aperti ora"', () => {
  it('gives each entry its state now, and filters to the spaces open now', async () => {
    at('2026-12-01T14:30:00Z'); // Tuesday, 15:30 in Milan.
    const user = userEvent.setup();
    await renderWithData(<Page />, complete);
    const entry = screen.getByRole('link', { name: /via Fratelli Zoia 105/ });
    expect(entry).toHaveAccessibleDescription(/Chiuso ora, apre domani alle 15:00/);
    expect(screen.getByRole('link', { name: /viale Omero 15/ })).toHaveAccessibleDescription(
      /Aperto ora, fino alle 18:00/,
    );

    // Open at 15:30 on a Tuesday: Omero, Boccioni, Faenza, Visconti, Erlembaldo, Monti; not
    // Zoia (Mo, We, Fr), Capuana (We-Su) nor Palmanova (mornings).
    const filter = screen.getByRole('checkbox', { name: 'Solo gli spazi aperti ora (6)' });
    await user.click(filter);
    const shown = screen
      .getAllByRole('link', { name: /^(via|viale|largo) / })
      .map((b) => b.dataset.space);
    expect(shown).toEqual([
      'omero-15',
      'boccioni-10',
      'faenza-25',
      'visconti-24',
      'erlembaldo-2',
      'monti-18-20',
    ]);
    await user.click(filter);
    expect(screen.getAllByRole('link', { name: /^(via|viale|largo) / })).toHaveLength(9);
  });

  it('with "aperti ora" on, an area unticked is announced with the open spaces left', async () => {
    at('2026-12-01T14:30:00Z'); // Tuesday, 15:30 in Milan: six open, three of them in area 2.
    const user = userEvent.setup();
    await renderWithData(<Page />, complete);
    await user.click(screen.getByRole('checkbox', { name: 'Solo gli spazi aperti ora (6)' }));
    expect(screen.getByTestId('announcer')).toHaveTextContent('6 spazi mostrati su 9');
    await user.click(screen.getByRole('checkbox', { name: /Servizi innovativi e animazione/ }));
    expect(screen.getByTestId('announcer')).toHaveTextContent('3 spazi mostrati su 9');
    expect(screen.getAllByRole('link', { name: /^(via|viale|largo) / })).toHaveLength(3);
  });

  it('moves on with the clock: at the next minute the states are worked out again', async () => {
    at('2026-12-01T16:59:00Z');
    await renderWithData(<Page />, complete);
    const omero = screen.getByRole('link', { name: /viale Omero 15/ });
    expect(omero).toHaveAccessibleDescription(/Aperto ora, fino alle 18:00/);
    at('2026-12-01T17:00:00Z');
    await act(() => refreshHours());
    expect(omero).toHaveAccessibleDescription(/Chiuso ora, apre domani alle 9:00/);
  });

  it('does not appear while no space has hours (the real data), nor is the library loaded', async () => {
    await renderWithData(<Page />, real);
    expect(screen.queryByRole('checkbox', { name: /aperti ora/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/Aperto ora|Chiuso ora/)).not.toBeInTheDocument();
  });
});
