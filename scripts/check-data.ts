/**
 * Checks a spaces GeoJSON file: `npm run check:data [-- path]` (default data/spaces.geojson).
 * Prints every problem (feature, field, what is wrong) and exits non-zero on any error.
 */
import { readFileSync } from 'node:fs';
import { describeProblem, validateSpacesText } from '../src/spaces/validate-spaces';

const path = process.argv[2] ?? 'data/spaces.geojson';

let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (error) {
  console.error(`check:data: cannot read ${path}: ${(error as Error).message}`);
  process.exit(1);
}

const { spaces, problems } = validateSpacesText(text);
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');

for (const problem of problems) {
  console.log(`${path}: ${problem.severity}: ${describeProblem(problem)}`);
}
console.log(
  `check:data: ${path}: ${spaces.length} valid spaces, ${errors.length} errors, ${warnings.length} warnings`,
);
process.exit(errors.length > 0 ? 1 : 0);
