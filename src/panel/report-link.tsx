/**
 * "Segnala un'informazione errata": a message to the programme's office, written in the person's
 * mail program, naming the space and the version of the data read. No backend: nothing is sent
 * unless the person sends it, and nothing but what the message shows.
 */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/i18n.ts';
import { mailtoLink } from '../spaces/data-version.ts';
import { PROGRAMME_EMAIL } from '../spaces/programme.ts';
import type { Space } from '../spaces/types.ts';
import { audienceLink, usePageAddress } from '../state/app-links.ts';
import { useAppStore } from '../state/app-store.ts';
import { useSpacesData } from '../state/spaces-store.ts';

export function ReportLink({ space }: { space: Space }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const address = usePageAddress();
  const version = useSpacesData((s) => (s.data.status === 'ready' ? s.data.version : null));
  const words = { address: space.address, id: space.id };
  const body = t('report.body', {
    ...words,
    link: audienceLink(address, space.id),
    version: version ?? t('report.versionUnknown'),
    checked: space.checkedDate ? formatDate(space.checkedDate, lang) : t('report.versionUnknown'),
  });
  return (
    <div className="space-panel__report">
      <p>
        <a href={mailtoLink(PROGRAMME_EMAIL, t('report.subject', words), body)}>
          {t('report.link')}
        </a>
      </p>
      <p className="muted">{t('report.note', { email: PROGRAMME_EMAIL })}</p>
    </div>
  );
}
