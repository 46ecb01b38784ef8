/** The accessibility page: how the app meets WCAG 2.1 AA, how to use it, limits, and feedback. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';
import { PROGRAMME_EMAIL } from '../spaces/programme';
import { BackToMap } from './back-to-map';

export default function AccessibilityPage() {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opening the page by a person's action takes the focus to its title; a link leaves it be.
  useEffect(() => {
    if (useAppStore.getState().by === 'person') headingRef.current?.focus();
  }, []);

  return (
    <article className="text-page" aria-labelledby="accessibility-heading">
      <h2 id="accessibility-heading" ref={headingRef} tabIndex={-1}>
        {t('accessibility.heading')}
      </h2>
      <p>{t('accessibility.intro')}</p>
      <h3>{t('accessibility.conformanceHeading')}</h3>
      <p>{t('accessibility.conformance')}</p>
      <h3>{t('accessibility.howHeading')}</h3>
      <ul>
        {t('accessibility.howList')
          .split('|')
          .map((item) => (
            <li key={item}>{item}</li>
          ))}
      </ul>
      <h3>{t('accessibility.limitsHeading')}</h3>
      <p>{t('accessibility.limits')}</p>
      <h3>{t('accessibility.feedbackHeading')}</h3>
      <p>
        {t('accessibility.feedback')} <a href={`mailto:${PROGRAMME_EMAIL}`}>{PROGRAMME_EMAIL}</a>.
      </p>
      <BackToMap />
    </article>
  );
}
