/**
 * "A piedi dagli spazi" on the map (src/reach/): the squares of house numbers coloured by the walk
 * to the nearest shown space, under the basemap's names, which stay readable.
 */
import type { FeatureCollection, Polygon } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { Layer, Source, useMap } from 'react-map-gl/maplibre';
import type { AreaId } from '../spaces/types.ts';
import { walkLayer, WALK_LAYER_ID, WALK_SOURCE_ID } from './layers.ts';

export function WalkLayer({
  squares,
  areas,
}: {
  squares: FeatureCollection<Polygon>;
  areas: readonly AreaId[];
}) {
  const layer = useMemo(() => walkLayer(areas), [areas]);
  const beforeId = useFirstNameLayer();
  useDrawnMark(areas, squares);
  if (areas.length === 0) return null;
  return (
    <Source id={WALK_SOURCE_ID} type="geojson" data={squares}>
      <Layer {...layer} beforeId={beforeId} />
    </Source>
  );
}

/**
 * Once the map has drawn the layer for these areas, its element says so (`data-walk-layer`, the
 * areas drawn, or `none`), and the page marks `walk-layer-drawn`: the tests and the bench wait for
 * it.
 */
function useDrawnMark(areas: readonly AreaId[], squares: FeatureCollection<Polygon>): void {
  const { current } = useMap();
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    const container = map.getContainer();
    const drawn = () => {
      if (areas.length > 0 && !map.getLayer(WALK_LAYER_ID)) return;
      container.dataset.walkLayer = areas.length > 0 ? areas.join(',') : 'none';
      performance.mark('walk-layer-drawn');
      map.off('idle', drawn);
    };
    delete container.dataset.walkLayer;
    map.on('idle', drawn);
    // Already idle (nothing to draw anew): the next frame tells.
    map.triggerRepaint();
    return () => {
      map.off('idle', drawn);
      delete container.dataset.walkLayer;
    };
  }, [current, areas, squares]);
}

/** The basemap's first layer of names, found again when the style changes (the bundled map). */
function useFirstNameLayer(): string | undefined {
  const { current } = useMap();
  const [id, setId] = useState<string | undefined>();
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    const find = () => setId(map.getStyle()?.layers?.find((layer) => layer.type === 'symbol')?.id);
    find();
    map.on('styledata', find);
    return () => {
      map.off('styledata', find);
    };
  }, [current]);
  return id;
}
