/** Credits, contacts, privacy, accessibility, legal notes and the licences of the data shown. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store.ts';
import { ExternalLink } from '../ui/external-link.tsx';
import { PROGRAMME_EMAIL, PROGRAMME_OFFICE, PROGRAMME_SITE } from '../spaces/programme.ts';

/**
 * The Comune's official accessibility statement (published on AgID's form site). Set
 * `VITE_ACCESSIBILITY_STATEMENT_URL`; without it the footer link opens the app's own page.
 */
const ACCESSIBILITY_STATEMENT_URL: string | undefined =
  import.meta.env.VITE_ACCESSIBILITY_STATEMENT_URL || undefined;

export function AppFooter() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const openPage = useAppStore((s) => s.openPage);
  const pageLink = `?lang=${lang}&page=accessibility`;
  const open = (page: 'accessibility' | 'updates') => (event: React.MouseEvent) => {
    event.preventDefault();
    openPage(page);
    window.scrollTo({ top: 0 });
  };
  const openAccessibility = open('accessibility');

  return (
    <footer className="app-footer">
      <div className="app-footer__columns">
        <div>
          <p>{t('footer.programme')}</p>
          <p>
            <a href={`?lang=${lang}&page=updates`} onClick={open('updates')}>
              {t('updates.footer')}
            </a>
          </p>
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
