/** Who stated a space's status and when; a statement whose date is not known says so. */
import { Trans } from 'react-i18next';
import { formatDate } from '../i18n/i18n';
import type { Space } from '../spaces/types';
import { useAppStore } from '../state/app-store';

export function StatusSource({ space }: { space: Space }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <Trans
      i18nKey={space.statusDate ? 'panel.statusSource' : 'panel.statusSourceUndated'}
      values={{
        source: space.statusSource,
        date: space.statusDate ? formatDate(space.statusDate, lang) : '',
      }}
      // The source is named in Italian in every language (WCAG 3.1.2).
      components={{ from: <span lang="it" /> }}
    />
  );
}
