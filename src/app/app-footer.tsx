/** Credits, contacts, privacy, accessibility, legal notes and the licences of the data shown. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';
import { ExternalLink } from '../ui/external-link';
import {
  ACCESSIBILITY_STATEMENT_URL,
  PROGRAMME_EMAIL,
  PROGRAMME_OFFICE,
  PROGRAMME_SITE,
} from '../spaces/programme';

export function AppFooter() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const openPage = useAppStore((s) => s.openPage);
  const pageLink = `?lang=${lang}&page=accessibility`;
  const openAccessibility = (event: React.MouseEvent) => {
    event.preventDefault();
    openPage('accessibility');
    window.scrollTo({ top: 0 });
  };

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
          <h2 className="app-footer__heading">{t('footer.accessibilityHeading')}</h2>
          <ul className="plain-list">
            <li>
              <a href={pageLink} onClick={openAccessibility}>
                {t('footer.accessibility')}
              </a>
            </li>
            <li>
              {ACCESSIBILITY_STATEMENT_URL ? (
                <ExternalLink href={ACCESSIBILITY_STATEMENT_URL}>
                  {t('footer.accessibilityStatement')}
                </ExternalLink>
              ) : (
                <a href={pageLink} onClick={openAccessibility}>
                  {t('footer.accessibilityStatement')}
                </a>
              )}
            </li>
          </ul>
        </div>
        <div>
          <h2 className="app-footer__heading">{t('footer.dataHeading')}</h2>
          <p>{t('footer.dataSpaces')}</p>
          <p>{t('footer.dataBasemap')}</p>
          <h2 className="app-footer__heading">{t('footer.legalHeading')}</h2>
          <p>
            {t('footer.codeLicence')} {t('footer.fontLicence')}
          </p>
        </div>
      </div>
    </footer>
  );
}
