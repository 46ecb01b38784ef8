/**
 * Validation of data/spaces.geojson, shared by `npm run check:data` and the app at run time.
 * A broken feature is reported and skipped; a broken document is one fatal problem.
 */
import { isInMilan } from './milan';
import { SPACE_STATUSES, type AreaId, type Space, type SpaceStatus } from './types';

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
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every property a feature may have; anything else is reported as a probable typo. */
const KNOWN_PROPERTIES = [
  'id',
  'number',
  'area',
  'address',
  'municipio',
  'nil_id',
  'nil_name',
  'neighbourhood',
  'status',
  'status_date',
  'status_source',
  'status_source_url',
  'call_title',
  'call_date',
  'call_url',
  'call_url_kind',
  'contact_email',
  'website',
  'organisation',
  'project_name',
  'opening_hours',
] as const;

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
  const seenIds = new Map<string, number>();
  const seenNumbers = new Map<number, number>();

  document.features.forEach((feature: unknown, index: number) => {
    const position = index + 1;
    const checked = checkFeature(feature, position);
    problems.push(...checked.problems);
    const space = checked.space;
    if (!space) return;

    const idAt = seenIds.get(space.id);
    if (idAt !== undefined) {
      problems.push(
        error(position, space.id, 'id', `duplicate id, already used by feature ${idAt}`),
      );
      return;
    }
    const numberAt = seenNumbers.get(space.number);
    if (numberAt !== undefined) {
      problems.push(
        error(
          position,
          space.id,
          'number',
          `duplicate number, already used by feature ${numberAt}`,
        ),
      );
      return;
    }
    seenIds.set(space.id, position);
    seenNumbers.set(space.number, position);
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
    return { problems: [error(position, undefined, undefined, 'is not a GeoJSON Feature')] };
  }
  const props = isRecord(feature.properties) ? feature.properties : {};
  const id = typeof props.id === 'string' && props.id !== '' ? props.id : undefined;
  const read = new FieldReader(position, id, props);

  const coordinates = readPoint(feature.geometry, read);

  const space: Space = {
    id: read.field('id', (v) =>
      typeof v === 'string' && ID_PATTERN.test(v)
        ? v
        : fail('must be lower-case letters, digits and single hyphens, e.g. "omero-15"'),
    ),
    number: read.field('number', (v) => integerBetween(v, 1, 999)),
    area: read.field('area', (v) =>
      v === 1 || v === 2 || v === 3 ? (v as AreaId) : fail(`must be 1, 2 or 3, got ${show(v)}`),
    ),
    address: read.field('address', requiredText),
    lat: coordinates?.lat ?? NaN,
    lon: coordinates?.lon ?? NaN,
    municipio: read.field('municipio', (v) => integerBetween(v, 1, 9)),
    nil: {
      id: read.field('nil_id', (v) => integerBetween(v, 1, 88)),
      name: read.field('nil_name', requiredText),
    },
    neighbourhood: read.field('neighbourhood', requiredText),
    status: read.field('status', (v) =>
      SPACE_STATUSES.includes(v as SpaceStatus)
        ? (v as SpaceStatus)
        : fail(`must be one of ${SPACE_STATUSES.join(', ')}, got ${show(v)}`),
    ),
    statusDate: read.field('status_date', requiredDate),
    statusSource: read.field('status_source', requiredText),
    statusSourceUrl: read.field('status_source_url', optionalHttps),
    call: {
      title: read.field('call_title', requiredText),
      date: read.field('call_date', (v) => (v === null ? null : requiredDate(v))),
      url: read.field('call_url', requiredHttps),
      urlKind: read.field('call_url_kind', (v) =>
        v === 'call' || v === 'programme'
          ? v
          : fail(`must be "call" or "programme", got ${show(v)}`),
      ),
    },
    contacts: {
      email: read.field('contact_email', (v) =>
        v === null
          ? null
          : typeof v === 'string' && EMAIL_PATTERN.test(v)
            ? v
            : fail('must be an e-mail address or null'),
      ),
      website: read.field('website', optionalHttps),
    },
    organisation: read.field('organisation', optionalText),
    projectName: read.field('project_name', optionalText),
    openingHours: read.field('opening_hours', optionalText),
  };

  for (const key of Object.keys(props)) {
    if (!(KNOWN_PROPERTIES as readonly string[]).includes(key)) {
      read.problems.push({
        feature: position,
        ...(id ? { id } : {}),
        field: key,
        message: 'unknown property (a typo?); it is ignored',
        severity: 'warning',
      });
    }
  }

  const failed = read.problems.some((p) => p.severity === 'error') || !coordinates;
  return failed ? { problems: read.problems } : { space, problems: read.problems };
}

function readPoint(geometry: unknown, read: FieldReader): { lat: number; lon: number } | undefined {
  return read.value('geometry', geometry, (g) => {
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
  });
}

/** Reads fields one by one, collecting a problem for each bad one instead of stopping. */
class FieldReader {
  readonly problems: DataProblem[] = [];
  constructor(
    private readonly position: number,
    private readonly id: string | undefined,
    private readonly props: Record<string, unknown>,
  ) {}

  field<T>(name: string, check: (value: unknown) => T): T {
    if (!(name in this.props)) {
      this.problems.push(error(this.position, this.id, name, 'is missing'));
      return undefined as T;
    }
    return this.value(name, this.props[name], check) as T;
  }

  value<T>(name: string, raw: unknown, check: (value: unknown) => T): T | undefined {
    try {
      return check(raw);
    } catch (e) {
      if (!(e instanceof InvalidValue)) throw e;
      this.problems.push(error(this.position, this.id, name, e.message));
      return undefined;
    }
  }
}

class InvalidValue extends Error {}

function fail(message: string): never {
  throw new InvalidValue(message);
}

function error(
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

function requiredText(v: unknown): string {
  return typeof v === 'string' && v.trim() !== '' ? v : fail('must be a non-empty text');
}

function optionalText(v: unknown): string | null {
  if (v === null) return null;
  return typeof v === 'string' && v.trim() !== ''
    ? v
    : fail('must be a non-empty text or null (unknown)');
}

function requiredDate(v: unknown): string {
  if (typeof v !== 'string' || !DATE_PATTERN.test(v))
    return fail(`must be a date written YYYY-MM-DD, got ${show(v)}`);
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v)
    ? v
    : fail(`${v} is not a real date`);
}

function requiredHttps(v: unknown): string {
  if (typeof v !== 'string') return fail('must be an https:// link');
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return fail(`${show(v)} is not a valid link`);
  }
  return url.protocol === 'https:' ? v : fail(`must be an https:// link, got ${show(v)}`);
}

function optionalHttps(v: unknown): string | null {
  return v === null ? null : requiredHttps(v);
}

function integerBetween(v: unknown, min: number, max: number): number {
  return Number.isInteger(v) && (v as number) >= min && (v as number) <= max
    ? (v as number)
    : fail(`must be a whole number from ${min} to ${max}, got ${show(v)}`);
}

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
