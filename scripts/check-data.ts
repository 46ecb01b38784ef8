/**
 * Checks a spaces GeoJSON file: `npm run check:data [-- path]` (default data/spaces.geojson).
 * Prints every problem (feature, field, what is wrong) and exits non-zero on any error. Each
 * space's neighbourhood and Municipio are also checked against the open-data snapshots in data/.
 */
import { readFileSync } from 'node:fs';
import { describeProblem, validateSpacesText } from '../src/spaces/validate-spaces';
import { checkAgainstOpenData } from './open-data/check-spaces';
import { NEIGHBOURHOODS_SNAPSHOT, readNeighbourhoods } from './open-data/neighbourhoods';
import { readRegister, REGISTER_SNAPSHOT } from './open-data/register';

const path = process.argv[2] ?? 'data/spaces.geojson';

let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (error) {
  console.error(`check:data: cannot read ${path}: ${(error as Error).message}`);
  process.exit(1);
}

const { spaces, problems, fatal } = validateSpacesText(text);
if (!fatal) {
  const features: { properties?: { id?: unknown } }[] = JSON.parse(text).features;
  const positions = new Map(features.map((f, i) => [String(f?.properties?.id), i + 1]));
  problems.push(
    ...checkAgainstOpenData(
      spaces,
      readNeighbourhoods(NEIGHBOURHOODS_SNAPSHOT),
      readRegister(REGISTER_SNAPSHOT),
      positions,
    ),
  );
}
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');

for (const problem of problems) {
  console.log(`${path}: ${problem.severity}: ${describeProblem(problem)}`);
}
console.log(
  `check:data: ${path}: ${spaces.length} valid spaces, ${errors.length} errors, ${warnings.length} warnings`,
);
process.exit(errors.length > 0 ? 1 : 0);
