/**
 * The baseline `npm run bench` measures the app against: the plain one-bundle react-map-gl page
 * the app is meant to beat. It draws the same bundled basemap with the nine spaces as markers; a
 * tap on a marker opens react-map-gl's popup with the space's address. Nothing else: no list, no
 * filters, no lazy loading. It marks `map-load` when the map has loaded (bench-journey.ts reads it).
 */
import '../../src/styles/tokens.css';
import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import Map, { Marker, Popup } from 'react-map-gl/maplibre';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import spacesUrl from '../../data/spaces.geojson?url';
import { bundledStyle } from '../../src/map/bundled-style.ts';

maplibregl.setWorkerUrl(workerUrl);

interface Point {
  id: string;
  number: number;
  lon: number;
  lat: number;
  address: string;
}

// eslint-disable-next-line react-refresh/only-export-components -- a page, not a module of components
function Baseline() {
  const [points, setPoints] = useState<Point[]>([]);
  const [open, setOpen] = useState<Point | null>(null);
  useEffect(() => {
    void fetch(spacesUrl)
      .then((r) => r.json())
      .then((data: GeoJSON.FeatureCollection<GeoJSON.Point>) =>
        setPoints(
          data.features.map((f) => ({
            id: String(f.properties!.id),
            number: Number(f.properties!.number),
            lon: f.geometry.coordinates[0]!,
            lat: f.geometry.coordinates[1]!,
            address: String(f.properties!.address),
          })),
        ),
      );
  }, []);
  return (
    <Map
      mapLib={maplibregl}
      initialViewState={{ longitude: 9.19, latitude: 45.47, zoom: 11 }}
      mapStyle={bundledStyle()}
      style={{ width: '100%', height: '100%' }}
      onLoad={() => performance.mark('map-load')}
    >
      {points.map((p) => (
        <Marker
          key={p.id}
          longitude={p.lon}
          latitude={p.lat}
          onClick={(event) => {
            event.originalEvent.stopPropagation();
            setOpen(p);
          }}
        >
          <button type="button" className="marker" aria-label={p.address} data-space={p.id}>
            {p.number}
          </button>
        </Marker>
      ))}
      {open && (
        <Popup longitude={open.lon} latitude={open.lat} onClose={() => setOpen(null)}>
          {open.address}
        </Popup>
      )}
    </Map>
  );
}

createRoot(document.getElementById('root')!).render(<Baseline />);
