/**
 * The frame of an in-app page (accessibility, updates), shown instead of the map: its title,
 * which takes the focus when a person opened the page (a link leaves the focus be), and at its
 * foot the way back to the map, a link followed in the page.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store.ts';

interface Props {
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}

export function TextPage({ id, title, className, children }: Props) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const openPage = useAppStore((s) => s.openPage);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (useAppStore.getState().by === 'person') headingRef.current?.focus();
  }, []);

  return (
    <article className={className ? `text-page ${className}` : 'text-page'} aria-labelledby={id}>
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
      <p className="text-page__back">
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
    </article>
  );
}
