/** The slim owner bar with the language switch, and the programme's title. */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../i18n/languages.ts';
import { useAppStore } from '../state/app-store.ts';
import { ProgrammeTitle } from './open-space.tsx';

export function AppHeader() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <header className="app-header">
      <div className="app-header__slim">
        <span className="app-header__owner">{t('app.owner')}</span>
        <label className="language-switch">
          <span>{t('language.label')}</span>
          <select
            value={lang}
            onChange={(event) => {
              if (isLanguage(event.target.value)) setLang(event.target.value);
            }}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="app-header__main">
        <ProgrammeTitle className="app-header__title" />
        <p className="app-header__tagline">{t('app.tagline')}</p>
      </div>
    </header>
  );
}
