/**
 * The first map view's wheel zoom is never lost: the map's code arriving while the wheel turns (or
 * within its rest) waits for the wheel to rest, and then opens where the wheel left the view; a
 * render meanwhile (a filter changed) keeps the zoom to be read.
 */
import { readFileSync } from 'node:fs';
import { act, fireEvent, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import type { SpaceMapProps } from '../../src/map/space-map.tsx';
import { validateSpacesText } from '../../src/spaces/validate-spaces.ts';
import { useAppStore } from '../../src/state/app-store.ts';
import { useCamera } from '../../src/state/camera-store.ts';
import { renderWithData } from './render-app.tsx';

/** The map's code "arrives" (its map has drawn) when the test says. */
const arrival = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = { promise: Promise.resolve() };
  return {
    reset() {
      arrived.promise = new Promise<void>((resolve) => (arrive = resolve));
    },
    arrive: () => arrive(),
    arrived,
  };
});

// MapLibre cannot run in jsdom: the map is replaced at its module boundary, drawn when told.
vi.mock('../../src/map/space-map.tsx', () => ({
  default: function StubMap({ onReady }: SpaceMapProps) {
    useEffect(() => {
      void arrival.arrived.promise.then(onReady);
    }, [onReady]);
    return <div data-testid="map" />;
  },
}));

const text = readFileSync('data/spaces.geojson', 'utf8');

/**
 * jsdom lays nothing out: the first map view is given a 1000 × 800 area, and its picture the
 * size its zoom (the pan's `--pan-scale`) makes it, so that the camera can be read from them.
 */
function layOut() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const pan = this.closest<HTMLElement>('.first-view__pan');
    const scale = Number(pan?.style.getPropertyValue('--pan-scale') || 1);
    const size = this.classList.contains('first-view__box') ? 1000 * scale : 1000;
    const offset = this.classList.contains('first-view__box') ? (1000 - size) / 2 : 0;
    return DOMRect.fromRect({ x: offset, y: offset, width: size, height: size * 0.8 });
  });
}

const firstView = () => document.querySelector('[data-first-view]');

beforeEach(() => {
  arrival.reset();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a wheel zoom on the first map view', () => {
  it('holds the view while the map’s code arrives, and the map opens where the wheel left it', async () => {
    await renderWithData(<App />, validateSpacesText(text));
    layOut();
    const map = screen.getByRole('region', { name: 'Mappa degli spazi' });
    // The map is reached for; its code is asked for and has not arrived yet.
    fireEvent.pointerEnter(map);
    expect(await screen.findByTestId('map')).toBeInTheDocument();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // A turn of no length: the view as it was, read once the wheel rests.
    fireEvent.wheel(firstView()!, { deltaY: 0, clientX: 500, clientY: 400 });
    act(() => vi.advanceTimersByTime(150));
    const before = useAppStore.getState().view!;
    const asked = useCamera.getState().request!.seq;

    // Two notches in, then the map's code arrives while the wheel rests.
    fireEvent.wheel(firstView()!, { deltaY: -250, clientX: 500, clientY: 400 });
    fireEvent.wheel(firstView()!, { deltaY: -250, clientX: 500, clientY: 400 });
    // A render meanwhile (a filter changed) keeps the zoom to be read.
    act(() => useAppStore.getState().toggleArea(3));
    await act(async () => {
      arrival.arrive();
      await arrival.arrived.promise;
    });
    expect(firstView()).toBeInTheDocument();
    expect(useCamera.getState().request!.seq).toBe(asked);

    // The wheel rests: the camera is read, the map asked to open there, and the view let go.
    act(() => vi.advanceTimersByTime(150));
    const request = useCamera.getState().request;
    expect(request).toMatchObject({ kind: 'view' });
    const view = useAppStore.getState().view!;
    expect(request).toMatchObject({ view });
    expect(firstView()).not.toBeInTheDocument();

    // Zoomed in by one level: two notches of 2^0.5 each.
    expect(view.zoom - before.zoom).toBeCloseTo(1, 5);
  });
});
