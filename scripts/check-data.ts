/**
 * Checks a spaces GeoJSON file: `npm run check:data [-- path [--photos folder] [--updates file]]`
 * (default data/spaces.geojson, with its photos in public/photos and the programme's updates in
 * data/updates.json, whose entries may name only the file's spaces). Prints every problem (feature, field,
 * what is wrong) and exits non-zero on any error. Each space's neighbourhood and Municipio are
 * also checked against the open-data snapshots in data/, its opening hours with the
 * opening_hours library, and its photos against the files. The public-transport stops' snapshot
 * (data/transit/) is checked too: every stop a point in Milan, its lines a list.
 */
import { readFileSync } from 'node:fs';
import { hoursProblems } from '../src/hours/check-hours.ts';
import { describeUpdateProblem, readUpdates } from '../src/spaces/updates.ts';
import { describeProblem, validateSpacesText } from '../src/spaces/validate-spaces.ts';
import { photoProblems } from './check-photos.ts';
import { checkAgainstOpenData } from './open-data/check-spaces.ts';
import { NEIGHBOURHOODS_SNAPSHOT, readNeighbourhoods } from './open-data/neighbourhoods.ts';
import { readRegister, REGISTER_SNAPSHOT } from './open-data/register.ts';
import { TRANSIT_SNAPSHOT, transitProblems } from './open-data/transit.ts';

const args = process.argv.slice(2);
const photosFlag = args.indexOf('--photos');
const photos = photosFlag >= 0 ? args.splice(photosFlag, 2)[1] : 'public/photos';
const updatesFlag = args.indexOf('--updates');
const updatesPath =
  (updatesFlag >= 0 ? args.splice(updatesFlag, 2)[1] : null) ?? 'data/updates.json';
const path = args[0] ?? 'data/spaces.geojson';

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
    ...hoursProblems(spaces, positions),
    ...photoProblems(spaces, positions, photos ?? 'public/photos'),
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

let updatesText = '';
try {
  updatesText = readFileSync(updatesPath, 'utf8');
} catch (error) {
  console.error(`check:data: cannot read ${updatesPath}: ${(error as Error).message}`);
  process.exit(1);
}
const updates = readUpdates(updatesText, new Set(spaces.map((s) => s.id)));
for (const problem of updates.problems)
  console.log(`${updatesPath}: ${problem.severity}: ${describeUpdateProblem(problem)}`);
const updateErrors = updates.problems.filter((p) => p.severity === 'error').length;
console.log(
  `check:data: ${updatesPath}: ${updates.updates.length} valid updates, ${updateErrors} errors, ${updates.problems.length - updateErrors} warnings`,
);
const transit = transitProblems();
for (const problem of transit) console.log(`${TRANSIT_SNAPSHOT}: error: ${problem}`);
console.log(`check:data: ${TRANSIT_SNAPSHOT}: ${transit.length} errors`);
process.exit(errors.length > 0 || updateErrors > 0 || transit.length > 0 ? 1 : 0);
