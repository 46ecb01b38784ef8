/**
 * A made-up programme of many spaces, for the benchmark of the cost as the data grows and for the
 * tests of how the app shows a large programme: the real spaces repeated with distinct ids,
 * numbers and addresses, scattered around the originals, the areas taken in turn. It passes the
 * project's validation. Never published: its spaces do not exist.
 */
import { readFileSync } from 'node:fs';

interface Feature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

/** `count` spaces (at most 999, as the data rules allow); up to nine, the first real ones. */
export function spacesFixture(count: number): string {
  const real: { features: Feature[] } = JSON.parse(readFileSync('data/spaces.geojson', 'utf8'));
  if (count <= real.features.length) {
    return JSON.stringify({ ...real, features: real.features.slice(0, count) });
  }
  // A fixed sequence, so every run measures the same file.
  let seed = 42;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  const features = Array.from({ length: count }, (_, i) => {
    const template = real.features[i % real.features.length]!;
    const [lon, lat] = template.geometry.coordinates;
    return {
      ...template,
      geometry: {
        type: 'Point',
        coordinates: [+(lon + random() * 0.03).toFixed(6), +(lat + random() * 0.02).toFixed(6)],
      },
      properties: {
        ...template.properties,
        id: `fixture-${i + 1}`,
        number: i + 1,
        area: (i % 3) + 1,
        address: `${String(template.properties.address)} (${i + 1})`,
      },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}
