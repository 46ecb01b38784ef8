/**
 * Validation of data/spaces.geojson, shared by `npm run check:data` and the app at run time.
 * A broken feature is reported and skipped; a broken document is one fatal problem. What each
 * property must hold is in space-fields.ts.
 */
import { fail, InvalidValue, isRecord } from './field-checks.ts';
import { isInMilan } from './milan.ts';
import { FIELD_NAMES, SPACE_FIELDS, type FieldValues } from './space-fields.ts';
import { toSpace } from './space-record.ts';
import type { Space } from './types.ts';

/** One thing wrong with the file, precise enough for an official to fix it by hand. */
export interface DataProblem {
  /** 1-based position of the feature in the file; absent for problems of the whole document. */
  feature?: number;
  /** The feature's id, when it has a readable one. */
  id?: string;
  /** The property (or `geometry`) at fault. */
  field?: string;
  message: string;
  /** An error skips the feature (or, without `feature`, the whole file); a warning does not. */
  severity: 'error' | 'warning';
}

export interface ValidationResult {
  spaces: Space[];
  problems: DataProblem[];
  /** True when the document itself could not be read: no space at all can be shown. */
  fatal: boolean;
  /** The loaded file's version (data-version.ts), when it was loaded as a file. */
  version?: string;
}

/** Formats a problem as one line: "feature 3 (faenza-25), field "area": must be 1, 2 or 3". */
export function describeProblem(problem: DataProblem): string {
  const where: string[] = [];
  if (problem.feature !== undefined) {
    where.push(`feature ${problem.feature}${problem.id ? ` (${problem.id})` : ''}`);
  }
  if (problem.field) where.push(`field "${problem.field}"`);
  return where.length > 0 ? `${where.join(', ')}: ${problem.message}` : problem.message;
}

/** Validates the text of a spaces GeoJSON file. */
export function validateSpacesText(text: string): ValidationResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fatal(`the file is not valid JSON (${reason})`);
  }
  return validateSpacesDocument(document);
}

/** Validates an already parsed spaces GeoJSON document. */
export function validateSpacesDocument(document: unknown): ValidationResult {
  if (!isRecord(document) || document.type !== 'FeatureCollection') {
    return fatal('the file must be a GeoJSON FeatureCollection ("type": "FeatureCollection")');
  }
  if (!Array.isArray(document.features)) {
    return fatal('the FeatureCollection has no "features" array');
  }

  const problems: DataProblem[] = [];
  const spaces: Space[] = [];
  // Values that must be unique across the file, and the feature that first used each.
  const unique = { id: new Map<unknown, number>(), number: new Map<unknown, number>() };

  document.features.forEach((feature: unknown, index: number) => {
    const position = index + 1;
    const checked = checkFeature(feature, position);
    problems.push(...checked.problems);
    const space = checked.space;
    if (!space) return;

    for (const [name, seen] of Object.entries(unique)) {
      const at = seen.get(space[name as keyof typeof unique]);
      if (at !== undefined) {
        problems.push(
          problem(position, space.id, name, `duplicate ${name}, already used by feature ${at}`),
        );
        return;
      }
    }
    unique.id.set(space.id, position);
    unique.number.set(space.number, position);
    spaces.push(space);
  });

  if (document.features.length === 0) {
    problems.push({ severity: 'error', message: 'the FeatureCollection has no features' });
  }
  return { spaces, problems, fatal: false };
}

function checkFeature(
  feature: unknown,
  position: number,
): { space?: Space; problems: DataProblem[] } {
  if (!isRecord(feature) || feature.type !== 'Feature') {
    return { problems: [problem(position, undefined, undefined, 'is not a GeoJSON Feature')] };
  }
  const props = isRecord(feature.properties) ? feature.properties : {};
  const id = typeof props.id === 'string' && props.id !== '' ? props.id : undefined;
  const problems: DataProblem[] = [];
  const check = <T>(name: string, raw: unknown, checker: (value: unknown) => T): T | undefined => {
    try {
      return checker(raw);
    } catch (e) {
      if (!(e instanceof InvalidValue)) throw e;
      problems.push(problem(position, id, name, e.message));
      return undefined;
    }
  };

  const point = check('geometry', feature.geometry, readPoint);
  const values: Partial<Record<string, unknown>> = {};
  for (const name of FIELD_NAMES) {
    const spec: { check: (v: unknown) => unknown; optional?: true } = SPACE_FIELDS[name];
    if (name in props) values[name] = check<unknown>(name, props[name], spec.check);
    else if (spec.optional) values[name] = spec.check(null);
    else problems.push(problem(position, id, name, 'is missing'));
  }
  if (Array.isArray(values.status_history) && values.status) {
    const history = values.status_history as FieldValues['status_history'];
    const disorder = history.findIndex((e, i) => i > 0 && e.date < history[i - 1]!.date);
    if (disorder > 0)
      problems.push(
        problem(
          position,
          id,
          'status_history',
          `item ${disorder + 1} is older than the one before it: write the history oldest first`,
        ),
      );
    const last = history.at(-1);
    if (last && last.status !== values.status)
      problems.push(
        problem(
          position,
          id,
          'status_history',
          `its last item says "${last.status}" but "status" says "${String(values.status)}": the last item is the current status`,
        ),
      );
  }
  for (const key of Object.keys(props)) {
    if (!(FIELD_NAMES as string[]).includes(key)) {
      problems.push({
        ...problem(position, id, key, 'unknown property (a typo?); it is ignored'),
        severity: 'warning',
      });
    }
  }

  const failed = problems.some((p) => p.severity === 'error') || !point;
  return failed ? { problems } : { space: toSpace(values as FieldValues, point), problems };
}

function readPoint(g: unknown): { lat: number; lon: number } {
  if (!isRecord(g) || g.type !== 'Point') return fail('must be a Point');
  const c = g.coordinates;
  if (
    !Array.isArray(c) ||
    c.length < 2 ||
    !c.every((n) => typeof n === 'number' && Number.isFinite(n))
  ) {
    return fail('coordinates must be [longitude, latitude] numbers');
  }
  const [lon, lat] = c as [number, number];
  if (!isInMilan(lat, lon)) {
    return fail(
      isInMilan(lon, lat)
        ? `coordinates [${lon}, ${lat}] look swapped: GeoJSON wants [longitude, latitude]`
        : `coordinates [${lon}, ${lat}] are outside Milan`,
    );
  }
  return { lat, lon };
}

function problem(
  feature: number | undefined,
  id: string | undefined,
  field: string | undefined,
  message: string,
): DataProblem {
  return {
    ...(feature !== undefined ? { feature } : {}),
    ...(id ? { id } : {}),
    ...(field ? { field } : {}),
    message,
    severity: 'error',
  };
}

function fatal(message: string): ValidationResult {
  return { spaces: [], problems: [{ message, severity: 'error' }], fatal: true };
}
