/**
 * The open space's neighbourhood (NIL), outlined over whatever basemap is drawn. Its outline comes
 * from the bundled map's city file, fetched the first time a space is opened.
 */
import { useEffect, useState } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { Feature, FeatureCollection } from 'geojson';
import { colour } from '../ui/tokens.ts';
import { BASEMAP_PATH } from './bundled-basemap-format.ts';
import { onReset } from '../state/reset.ts';

let cityFile: Promise<FeatureCollection> | null = null;
onReset(() => (cityFile = null));

function neighbourhoods(): Promise<FeatureCollection> {
  cityFile ??= fetch(`${import.meta.env.BASE_URL}${BASEMAP_PATH}city.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`city.json: HTTP ${response.status}`);
      return response.json() as Promise<FeatureCollection>;
    })
    .catch((error: unknown) => {
      // No outline this time; the next space opened tries again.
      cityFile = null;
      throw error;
    });
  return cityFile;
}

function useNeighbourhood(id: number | null): Feature | null {
  const [found, setFound] = useState<Feature | null>(null);
  useEffect(() => {
    if (id === null) return;
    let current = true;
    neighbourhoods()
      .then((city) => {
        const feature = city.features.find(
          (f) => f.properties?.kind === 'neighbourhood' && f.properties.id === id,
        );
        if (current) setFound(feature ?? null);
      })
      .catch((error: unknown) => console.warn('Neighbourhood outline unavailable:', error));
    return () => {
      current = false;
    };
  }, [id]);
  return id === null || found?.properties?.id !== id ? null : found;
}

export function NeighbourhoodOutline({ id }: { id: number | null }) {
  const feature = useNeighbourhood(id);
  if (!feature) return null;
  return (
    <Source id="open-space-neighbourhood" type="geojson" data={feature}>
      <Layer
        id="open-space-neighbourhood-line"
        type="line"
        layout={{ 'line-join': 'round' }}
        paint={{ 'line-color': colour('map-neighbourhood'), 'line-width': 3 }}
      />
    </Source>
  );
}
