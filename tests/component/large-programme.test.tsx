import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SpaceList } from '../../src/list/space-list.tsx';
import { FirstMapView } from '../../src/map/first-map-view.tsx';
import { useAppStore } from '../../src/state/app-store.ts';
import { readySpaces } from '../../src/state/spaces-store.ts';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { spacesFixture } from '../../scripts/many-spaces.ts';
import { renderWithData } from './render-app.tsx';

// A made-up programme of 999 spaces, 333 per area (scripts/many-spaces.ts).
const large = validateSpacesText(spacesFixture(999));

const group = (area: RegExp) =>
  screen.getByRole('heading', { level: 3, name: area }).closest('section')!;
const entries = (area: RegExp) => within(group(area)).getAllByRole('listitem');

describe('a programme of hundreds of spaces', () => {
  it('is valid data, 999 spaces in three areas', () => {
    expect(large.fatal).toBe(false);
    expect(large.spaces).toHaveLength(999);
  });

  it('lists each area 25 spaces at a time, saying how many are shown', async () => {
    await renderWithData(<SpaceList />, large);
    expect(screen.getAllByRole('listitem')).toHaveLength(75);
    expect(within(group(/^Area 1/)).getByText('25 di 333 mostrati.')).toBeInTheDocument();
    expect(
      within(group(/^Area 1/)).getByRole('button', { name: 'Mostra altri 25 spazi' }),
    ).toBeInTheDocument();
  });

  it('shows the next 25 of an area on request and puts the focus on the first of them', async () => {
    const user = userEvent.setup();
    await renderWithData(<SpaceList />, large);
    const more = within(group(/^Area 2/)).getByRole('button', { name: 'Mostra altri 25 spazi' });
    more.focus();
    await user.keyboard('{Enter}');
    expect(entries(/^Area 2/)).toHaveLength(50);
    expect(entries(/^Area 1/)).toHaveLength(25);
    const firstAdded = within(entries(/^Area 2/)[25]!).getByRole('link');
    expect(firstAdded).toHaveFocus();
    expect(within(group(/^Area 2/)).getByText('50 di 333 mostrati.')).toBeInTheDocument();
  });

  it('counts the last page as what is left, and has no button once all are shown', async () => {
    const user = userEvent.setup();
    await renderWithData(<SpaceList />, large);
    // 333 = 13 pages of 25 and 8.
    for (let page = 1; page < 13; page++)
      await user.click(within(group(/^Area 3/)).getByRole('button', { name: /Mostra altri/ }));
    expect(
      within(group(/^Area 3/)).getByRole('button', { name: 'Mostra altri 8 spazi' }),
    ).toBeInTheDocument();
    await user.click(within(group(/^Area 3/)).getByRole('button', { name: /Mostra altri/ }));
    expect(entries(/^Area 3/)).toHaveLength(333);
    expect(within(group(/^Area 3/)).queryByRole('button', { name: /Mostra altri/ })).toBeNull();
  });

  it('shows a space opened from the map or a link in the list, and keeps it there once closed', async () => {
    await renderWithData(<SpaceList />, large);
    const far = readySpaces().filter((s) => s.area === 1)[200]!;
    expect(screen.queryByRole('link', { name: new RegExp(`\\(${far.number}\\),`) })).toBeNull();
    act(() => useAppStore.getState().selectSpace(far.id));
    const entry = screen.getByRole('link', { name: new RegExp(`\\(${far.number}\\),`) });
    expect(entry).toHaveAttribute('aria-current', 'true');
    act(() => useAppStore.getState().closeSpace());
    expect(screen.getByRole('link', { name: new RegExp(`\\(${far.number}\\),`) })).toBe(entry);
  });

  it('draws the first map view as dots, three paths whatever the number, with no button each', async () => {
    const spaces = large.spaces;
    const { container } = await renderWithData(
      <FirstMapView
        camera={{ kind: 'fit', points: spaces }}
        spaces={spaces}
        selectedId={spaces[500]!.id}
        highlighted={null}
        onChoose={() => {}}
        dots
        onMoved={() => {}}
        onGesture={() => {}}
      />,
      large,
    );
    const areas = [...container.querySelectorAll('.first-view__dots g')];
    expect(areas.map((g) => g.getAttribute('data-area'))).toEqual(['1', '2', '3']);
    const subpaths = areas.map(
      (g) => g.querySelector('path')!.getAttribute('d')!.split('M').length - 1,
    );
    expect(subpaths).toEqual([333, 333, 333]);
    // The open space keeps its button; no other space has one.
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(screen.getByRole('button')).toHaveAttribute('aria-current', 'true');
  });
});
