/**
 * The spaces' photos against the files beside the app: each named file must be in the photos
 * folder (public/photos, served as /photos/…), and a large one is a warning (a phone loads it).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { PHOTO_BYTES } from '../src/spaces/space-fields.ts';
import type { Space } from '../src/spaces/types.ts';
import type { DataProblem } from '../src/spaces/validate-spaces.ts';

/** Above this a photo is worth resizing (the desk makes the photos it adds this light). */
export const PHOTO_WARN_BYTES = PHOTO_BYTES;

export function photoProblems(
  spaces: readonly Space[],
  positions: ReadonlyMap<string, number>,
  folder: string,
): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const space of spaces) {
    space.photos.forEach((photo, index) => {
      const at = { feature: positions.get(space.id), id: space.id, field: 'photos' };
      const path = join(folder, photo.file);
      let size: number;
      try {
        size = statSync(path).size;
      } catch {
        problems.push({
          ...at,
          severity: 'error',
          message: `item ${index + 1}: there is no file ${path} (put the photo there)`,
        });
        return;
      }
      if (size > PHOTO_WARN_BYTES)
        problems.push({
          ...at,
          severity: 'warning',
          message: `item ${index + 1}: ${path} is ${Math.round(size / 1024)} KB; make it smaller than ${PHOTO_WARN_BYTES / 1024} KB (about 1200 px wide)`,
        });
    });
  }
  return problems;
}
