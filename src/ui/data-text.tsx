/**
 * A text of the data written per language (a note, the services): the person's language where
 * the Comune has translated it, else the Italian, marked as Italian (WCAG 3.1.2) and said to be.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import { inLanguage } from '../spaces/texts.ts';
import type { TextLists, Texts } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';

function ItalianOnly({ shown }: { shown: Language }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  return shown !== lang ? <span className="muted"> {t('panel.inItalian')}</span> : null;
}

export function DataText({ texts, as: Tag = 'span' }: { texts: Texts; as?: 'span' | 'p' }) {
  const lang = useAppStore((s) => s.lang);
  const shown = inLanguage(texts, lang);
  return (
    <Tag>
      <span lang={shown.lang}>{shown.value}</span>
      <ItalianOnly shown={shown.lang} />
    </Tag>
  );
}

export function DataList({ lists, className }: { lists: TextLists; className?: string }) {
  const lang = useAppStore((s) => s.lang);
  const shown = inLanguage(lists, lang);
  return (
    <>
      <ul className={className} lang={shown.lang}>
        {shown.value.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {shown.lang !== lang && (
        <p>
          <ItalianOnly shown={shown.lang} />
        </p>
      )}
    </>
  );
}
