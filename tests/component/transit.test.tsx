/**
 * "Come arrivare" in the panel and in brief (print sheet, comparison, presentation, far answer):
 * the stops the build computed for the space, in the person's language, and an honest line when
 * they cannot be shown.
 */
import { readFileSync } from 'node:fs';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildReach } from '../../scripts/reach/build-reach.ts';
import { switchLanguage } from '../../src/i18n/i18n.ts';
import { SpacePanel } from '../../src/panel/space-panel.tsx';
import { setReachSummary } from '../../src/reach/reach-store.ts';
import { TransitBrief, TransitStops } from '../../src/reach/transit-section.tsx';
import { useAppStore } from '../../src/state/app-store.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { renderWithData } from './render-app.tsx';

const text = readFileSync('data/spaces.geojson', 'utf8');
const data = validateSpacesText(text);
const summary = buildReach(text);
const space = (id: string) => data.spaces.find((s) => s.id === id)!;

const panelWithStops = <SpacePanel transit={(s) => <TransitStops space={s} />} />;

describe('getting there', () => {
  it('lists in the panel the station and the surface stops near the space, nearest first', async () => {
    await renderWithData(panelWithStops, data);
    act(() => {
      setReachSummary(summary);
      useAppStore.getState().selectSpace('omero-15');
    });
    const panel = screen.getByRole('region', { name: 'viale Omero 15' });
    expect(within(panel).getByRole('heading', { level: 2, name: 'Come arrivare' })).toBeVisible();
    expect(panel).toHaveTextContent('Metropolitana: M3 Porto di Mare, circa 9 minuti a piedi');
    const table = within(panel).getByRole('table', {
      name: 'Fermate ATM di superficie entro 5 minuti a piedi, la più vicina per prima',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(summary.transit.spaces['omero-15']!.stops.length);
    expect(rows[0]).toHaveTextContent('V.le Omero, 17' + '77, 93, 95' + '1 min');
    expect(within(rows[0]!).getByRole('rowheader')).toHaveAttribute('lang', 'it');
    expect(panel).toHaveTextContent(/ATM, pubblicati nel 2026.*autobus, tram o filobus/);
    expect(within(panel).getByRole('link', { name: /Con i mezzi pubblici/ })).toHaveAttribute(
      'href',
      expect.stringContaining('travelmode=transit'),
    );
  });

  it('says in brief, in the person language, the stations and the lines with the nearest stop', async () => {
    await renderWithData(
      <>
        <TransitBrief space={space('omero-15')} />
        <TransitBrief space={space('zoia-105')} lead />
      </>,
      data,
    );
    await act(async () => {
      setReachSummary(summary);
      await switchLanguage('en');
    });
    const [omero, zoia] = screen.getAllByText(/ATM surface lines/);
    expect(omero).toHaveTextContent(
      'Metro: M3 Porto di Mare, about 9 minutes on foot. ATM surface lines within 5 minutes on foot: 77, 84, 93, 95; the nearest stop is “V.le Omero, 17”, about 1 minute on foot.',
    );
    expect(zoia).toHaveTextContent(
      /^The stops near the space: No metro station within 15 minutes on foot\. ATM surface lines within 5 minutes on foot: 49, 78;/,
    );
  });

  it('says the stops cannot be shown when the figures could not be fetched, and the rest stays', async () => {
    await renderWithData(panelWithStops, data);
    act(() => {
      setReachSummary(null);
      useAppStore.getState().selectSpace('faenza-25');
    });
    const panel = screen.getByRole('region', { name: 'viale Faenza 25' });
    expect(panel).toHaveTextContent('Le fermate vicine non sono disponibili in questo momento.');
    expect(within(panel).getByRole('link', { name: /Indicazioni con Google Maps/ })).toBeVisible();
  });
});
