/** A link that opens in a new tab safely and says so to everyone. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ExternalLink({
  href,
  children,
  className,
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children} <span className="visually-hidden">{t('panel.newTab')}</span>
      <span aria-hidden="true" className="external-icon">
        ↗
      </span>
    </a>
  );
}
