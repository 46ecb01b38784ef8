/** "Torna alla mappa" at the foot of an in-app page: a link to the map, followed in the page. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';

export function BackToMap() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const openPage = useAppStore((s) => s.openPage);
  return (
    <p>
      <a
        href={`?lang=${lang}`}
        className="button"
        onClick={(event) => {
          event.preventDefault();
          openPage(null);
        }}
      >
        {t('accessibility.back')}
      </a>
    </p>
  );
}
