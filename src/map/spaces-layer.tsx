/**
 * A large programme's spaces as one layer of the map (marker-mode.ts), with the areas' glyphs as
 * the map's images. A click on one opens it (space-map.tsx, through `interactiveLayerIds`).
 */
import { useEffect, useMemo, useState } from 'react';
import { Layer, Source, useMap } from 'react-map-gl/maplibre';
import type { FeatureCollection, Point } from 'geojson';
import { AREA_IDS, type AreaId, type Space } from '../spaces/types.ts';
import { glyphImage } from './glyph-canvas.ts';
import { GLYPH_IMAGE_PREFIX, SPACES_SOURCE_ID, spacesLayer } from './layers.ts';

interface Props {
  spaces: readonly Space[];
  /** In presentation mode, the spaces the step puts forward; the others are dimmed. */
  highlighted: ReadonlySet<string> | null;
}

/** Sharp on a phone's screen and small enough: the glyphs are drawn at twice their CSS size. */
const PIXEL_RATIO = 2;

export function SpacesLayer({ spaces, highlighted }: Props) {
  const { current: map } = useMap();

  // The glyphs are made when the map first asks for them, and again for a style loaded later (the
  // bundled basemap after a failure), which comes without them. The layer waits for the resolver.
  const [resolving, setResolving] = useState(false);
  useEffect(() => {
    const instance = map?.getMap();
    if (!instance) return;
    instance.setMissingStyleImageResolver((id) => {
      const area = Number(id.slice(GLYPH_IMAGE_PREFIX.length)) as AreaId;
      if (!id.startsWith(GLYPH_IMAGE_PREFIX) || !AREA_IDS.includes(area)) return;
      instance.addImage(id, glyphImage(area, PIXEL_RATIO), { pixelRatio: PIXEL_RATIO });
    });
    // Only now may the layer's tiles ask for the glyphs; the source is made as it renders.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setResolving(true);
    return () => {
      instance.setMissingStyleImageResolver(null);
    };
  }, [map]);

  const data = useMemo(
    (): FeatureCollection<Point> => ({
      type: 'FeatureCollection',
      features: spaces.map((space) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [space.lon, space.lat] },
        properties: {
          id: space.id,
          area: space.area,
          number: space.number,
          dimmed: highlighted ? !highlighted.has(space.id) : false,
        },
      })),
    }),
    [spaces, highlighted],
  );

  if (!resolving) return null;
  return (
    <Source id={SPACES_SOURCE_ID} type="geojson" data={data}>
      <Layer {...spacesLayer()} />
    </Source>
  );
}
