/** Who stated a space's status and when; a statement whose date is not known says so. */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/i18n.ts';
import type { Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';

/** Stands for the source in the sentence, so that the sentence is cut around it. */
const SOURCE = '\u2063source\u2063';

export function StatusSource({ space }: { space: Space }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const sentence = t(space.statusDate ? 'panel.statusSource' : 'panel.statusSourceUndated', {
    source: SOURCE,
    date: space.statusDate ? formatDate(space.statusDate, lang) : '',
  });
  // Cut by hand rather than by react-i18next's <Trans>, which parses the sentence as HTML at each
  // render, a cost a tap that opens the panel would pay.
  const [before, after] = sentence.split(`<from>${SOURCE}</from>`);
  if (after === undefined)
    return sentence.replace(/<\/?from>/g, '').replace(SOURCE, space.statusSource);
  return (
    <>
      {before}
      {/* The source is named in Italian in every language (WCAG 3.1.2). */}
      <span lang="it">{space.statusSource}</span>
      {after}
    </>
  );
}
