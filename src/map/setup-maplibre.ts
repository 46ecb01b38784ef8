/** The one place that sets MapLibre's globals. Everything map-related imports MapLibre from here. */
import * as maplibregl from 'maplibre-gl';
// `?worker&url` (not plain `?url`): the worker must be bundled as a worker or the map stays blank.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };
