/** The officials' desk: open the data, choose a space, edit it, see it as residents will, save. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format-date.ts';
import { documentProblems, type FieldProblem } from './desk-problems.ts';
import { useDesk } from './desk-store.ts';
import { useKeeping } from './desk-storage.ts';
import { OpenData } from './open-data.tsx';
import { PanelPreview } from './panel-preview.tsx';
import { SaveFiles } from './save-files.tsx';
import { SheetExchange } from './sheet-exchange.tsx';
import { SpaceForm } from './space-form.tsx';
import { featureOf } from './spaces-draft.ts';
import './desk.css';

export function DeskApp({ resumed }: { resumed: string | null }) {
  const { t } = useTranslation('desk');
  const { document, original, updatesFile, selectedId, select, opened, revision } = useDesk();
  const problems = useMemo(
    () => (document ? documentProblems(document) : new Map<string, FieldProblem[]>()),
    [document],
  );
  const feature = document && selectedId ? featureOf(document, selectedId) : undefined;
  const spaceProblems = (feature && problems.get(String(feature.properties.id))) ?? [];
  const errors = spaceProblems.filter((p) => p.severity === 'error').length;
  const address = String(feature?.properties.address ?? '');
  const keeping = useKeeping((s) => s.state);

  return (
    <>
      <a className="desk-skip" href="#desk-form">
        {t('skip')}
      </a>
      <header className="desk-header">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
      </header>
      <main className="desk">
        {keeping !== 'kept' && (
          <div role="alert" className="desk-alert desk-keeping">
            <p>{t(`keeping.${keeping}`)}</p>
          </div>
        )}
        {resumed && (
          <p className="desk-note" role="status">
            {t('open.resumed', { when: formatDate(resumed.slice(0, 10), 'it') })}
          </p>
        )}
        <OpenData />
        {document && original && updatesFile && (
          <>
            <p role="status">
              {t('open.opened', {
                what:
                  opened?.from === 'file'
                    ? t('open.openedFile', { name: opened.name })
                    : t('open.openedSite'),
                count: document.features.length,
              })}
            </p>
            <section className="desk-step" aria-labelledby="pick-heading">
              <h2 id="pick-heading">{t('pick.heading')}</h2>
              <label htmlFor="pick-space">{t('pick.label')}</label>
              <select
                id="pick-space"
                value={selectedId ?? ''}
                onChange={(e) => select(e.target.value)}
              >
                {document.features.map((f) => {
                  const id = String(f.properties.id);
                  const count = (problems.get(id) ?? []).filter(
                    (p) => p.severity === 'error',
                  ).length;
                  return (
                    <option key={id} value={id}>
                      {String(f.properties.address ?? id)}
                      {count > 0 ? ` (${t('pick.problems', { count })})` : ''}
                    </option>
                  );
                })}
              </select>
            </section>
            {feature && (
              <section
                className="desk-step"
                id="desk-form"
                aria-labelledby="form-heading"
                tabIndex={-1}
              >
                <h2 id="form-heading">{t('form.heading', { address })}</h2>
                <p
                  role="status"
                  className={errors > 0 ? 'desk-problem desk-problem--error' : 'desk-ready'}
                >
                  {errors > 0 ? t('form.problemsFound', { count: errors }) : t('form.noProblems')}
                </p>
                <SpaceForm
                  key={`${selectedId}-${revision}`}
                  feature={feature}
                  original={featureOf(original, String(feature.properties.id))}
                  problems={spaceProblems}
                />
                <PanelPreview
                  document={document}
                  id={String(feature.properties.id)}
                  address={address}
                  valid={errors === 0}
                />
              </section>
            )}
            <SheetExchange document={document} />
            <SaveFiles
              original={original}
              document={document}
              updatesFile={updatesFile}
              problems={problems}
            />
          </>
        )}
      </main>
    </>
  );
}
