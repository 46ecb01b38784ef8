/** The accessibility page: how the app meets WCAG 2.1 AA, how to use it, limits, and feedback. */
import { useTranslation } from 'react-i18next';
import { PROGRAMME_EMAIL } from '../spaces/programme.ts';
import { TextPage } from './text-page.tsx';

export default function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <TextPage id="accessibility-heading" title={t('accessibility.heading')}>
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
    </TextPage>
  );
}
