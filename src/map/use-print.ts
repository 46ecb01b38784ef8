/** Makes the map's picture for a printout: frames the space (or the city), waits, snapshots. */
import { useEffect } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { Space } from '../spaces/types';
import { useAppStore } from '../state/app-store';
import { boundsOf, FIT_PADDING } from './camera';
import { snapshotMap } from './print-snapshot';

export function usePrintSnapshot(map: MapRef | null, spaces: readonly Space[]): void {
  const job = useAppStore((s) => s.print);
  const selectedId = useAppStore((s) => s.selectedId);
  const setPrintImage = useAppStore((s) => s.setPrintImage);
  const waiting = job !== null && job.image === undefined;

  useEffect(() => {
    if (!map || !waiting || !job) return;
    const instance = map.getMap();
    const space = spaces.find((s) => s.id === selectedId);
    const before = { center: instance.getCenter(), zoom: instance.getZoom() };
    if (job.kind === 'space' && space) {
      instance.jumpTo({
        center: [space.lon, space.lat],
        zoom: 16,
        padding: { top: 0, bottom: 0, left: 0, right: 0 },
      });
    } else {
      instance.fitBounds(boundsOf(spaces), { padding: FIT_PADDING, duration: 0 });
    }
    const shown = job.kind === 'space' && space ? [space] : spaces;
    instance.once('idle', () => {
      snapshotMap(instance, shown)
        .then((image) => setPrintImage(image))
        .catch(() => setPrintImage(null))
        .finally(() => instance.jumpTo(before));
    });
    instance.triggerRepaint();
  }, [map, waiting, job, spaces, selectedId, setPrintImage]);
}
