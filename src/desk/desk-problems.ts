/**
 * What is wrong with a space on the desk, field by field: the rules of `npm run check:data` and
 * of the build (validate-spaces.ts and the opening hours' checks), run on the document as edited.
 */
import { hoursValueProblems } from '../hours/check-hours.ts';
import { validateSpacesDocument, type DataProblem } from '../spaces/validate-spaces.ts';
import type { SpacesDocument } from './spaces-draft.ts';

export type FieldProblem = Pick<DataProblem, 'severity' | 'message'> & { field: string };

/** Every space's problems, by id; a space with none has an empty list. */
export function documentProblems(
  document: SpacesDocument,
  moment: Date = new Date(),
): Map<string, FieldProblem[]> {
  const byId = new Map<string, FieldProblem[]>(
    document.features.map((f) => [String(f.properties.id), []]),
  );
  const { problems } = validateSpacesDocument(document);
  for (const problem of problems) {
    const feature = problem.feature && document.features[problem.feature - 1];
    if (!feature) continue;
    byId.get(String(feature.properties.id))!.push({
      field: problem.field ?? 'geometry',
      severity: problem.severity,
      message: problem.message,
    });
  }
  for (const feature of document.features) {
    const hours = feature.properties.opening_hours;
    if (typeof hours !== 'string' || hours.trim() === '') continue;
    byId
      .get(String(feature.properties.id))!
      .push(...hoursValueProblems(hours, moment).map((p) => ({ ...p, field: 'opening_hours' })));
  }
  return byId;
}
