/** A link that opens in a new tab safely and says so to everyone. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  href: string;
  children: ReactNode;
  className?: string;
  /** An accessible name for when the visible text alone would not make sense out of context. */
  label?: string;
}

export function ExternalLink({ href, children, className, label }: Props) {
  const { t } = useTranslation();
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={className}
      aria-label={label ? `${label} ${t('panel.newTab')}` : undefined}
    >
      {children} <span className="visually-hidden">{t('panel.newTab')}</span>
      <span aria-hidden="true" className="external-icon">
        ↗
      </span>
    </a>
  );
}
