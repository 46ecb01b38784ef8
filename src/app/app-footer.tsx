/** Credits, contacts, privacy and the licences of the data shown. */
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../ui/external-link';
import { PROGRAMME_EMAIL, PROGRAMME_OFFICE, PROGRAMME_SITE } from './programme';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <footer className="app-footer">
      <div className="app-footer__columns">
        <div>
          <p>{t('footer.programme')}</p>
          <p>{t('footer.privacy')}</p>
        </div>
        <div>
          <h2 className="app-footer__heading">{t('footer.contact')}</h2>
          <p>
            <a href={`mailto:${PROGRAMME_EMAIL}`}>{PROGRAMME_EMAIL}</a>
            <br />
            <ExternalLink href={PROGRAMME_SITE}>{t('footer.site')}</ExternalLink>
            <br />
            {PROGRAMME_OFFICE}
          </p>
        </div>
        <div>
          <h2 className="app-footer__heading">{t('footer.dataHeading')}</h2>
          <p>{t('footer.dataSpaces')}</p>
          <p>{t('footer.dataBasemap')}</p>
        </div>
      </div>
    </footer>
  );
}
