/**
 * Presentation mode for public meetings: a full-screen tour in large type, driven by a clicker
 * (PageDown/PageUp), the arrows, Space, Home/End; Escape leaves. The step is in the URL.
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/i18n.ts';
import { tourKey, tourSteps, type TourStep } from '../spaces/tour.ts';
import { milestones } from '../spaces/updates.ts';
import type { Space } from '../spaces/types.ts';
import { audienceLink } from '../state/app-links.ts';
import { useAppStore } from '../state/app-store.ts';
import { requestCamera } from '../state/camera-store.ts';
import { coverMap } from '../state/map-cover.ts';
import { useAllSpaces } from '../state/selectors.ts';
import { loadUpdates, useUpdates } from '../state/updates-store.ts';
import { AreaGlyph } from '../ui/area-glyph.tsx';
import { DataText } from '../ui/data-text.tsx';
import { SpaceHoursFact } from '../ui/hours-view.tsx';
import { QrCode } from '../ui/qr-code.tsx';
import { CheckedLine, OperatorFact, StatusSince } from '../ui/space-facts.tsx';
import './presentation.css';

export default function Presentation({
  reachStep,
  spaceTransit,
}: {
  /** The figures of the step "Chi raggiunge il programma" (src/reach/), which the page places. */
  reachStep: ReactNode;
  /** A space's stops (src/reach/), which the page places in the space's step. */
  spaceTransit?: (space: Space) => ReactNode;
}) {
  const { t } = useTranslation();
  const step = useAppStore((s) => s.presentStep);
  const goToStep = useAppStore((s) => s.goToStep);
  const endPresentation = useAppStore((s) => s.endPresentation);
  const spaces = useAllSpaces();
  const steps = useMemo(() => tourSteps(spaces), [spaces]);
  const total = steps.length;
  const current = Math.min(Math.max(step ?? 1, 1), total);
  const tourStep = steps[current - 1];
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Each step frames its spaces on the map (a jump instead of a flight with reduced motion).
  useEffect(() => {
    if (!tourStep || spaces.length === 0) return;
    if (tourStep.kind === 'area') requestCamera({ kind: 'points', points: tourStep.spaces });
    else if (tourStep.kind === 'space') requestCamera({ kind: 'space', id: tourStep.space.id });
    else requestCamera({ kind: 'fit' });
  }, [tourStep, spaces.length]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = tourKey(event.key);
      if (!action) return;
      // Space and the arrows keep their usual meaning on a focused control.
      const target = event.target as HTMLElement | null;
      const onControl = target?.closest('button, a, input, select, textarea');
      if (onControl && !['PageDown', 'PageUp', 'Escape'].includes(event.key)) return;
      event.preventDefault();
      if (action === 'exit') endPresentation();
      else if (action === 'next') goToStep(Math.min(current + 1, total));
      else if (action === 'previous') goToStep(Math.max(current - 1, 1));
      else if (action === 'first') goToStep(1);
      else goToStep(total);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [current, total, goToStep, endPresentation]);

  // A step the person moved to takes the focus, so that a screen reader reads it; a step opened
  // from a link leaves the focus where it is.
  useEffect(() => {
    if (useAppStore.getState().by === 'person') headingRef.current?.focus({ preventScroll: true });
  }, [current]);

  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    endPresentation();
  };

  if (!tourStep) return null;
  return (
    <section
      className="presentation"
      ref={coverMap}
      aria-labelledby="presentation-heading"
      aria-roledescription={t('present.label')}
    >
      <div className="presentation__card" data-kind={tourStep.kind}>
        <StepContent
          step={tourStep}
          headingRef={headingRef}
          reachStep={reachStep}
          spaceTransit={spaceTransit}
        />
      </div>
      <nav className="presentation__controls" aria-label={t('present.label')}>
        <button
          type="button"
          className="button"
          onClick={() => goToStep(Math.max(current - 1, 1))}
          disabled={current === 1}
        >
          {t('present.previous')}
        </button>
        <p className="presentation__step" aria-live="polite">
          <span aria-hidden="true">
            {current} / {total}
          </span>
          <span className="visually-hidden">{t('present.stepOf', { current, total })}</span>
        </p>
        <button
          type="button"
          className="button"
          onClick={() => goToStep(Math.min(current + 1, total))}
          disabled={current === total}
        >
          {t('present.next')}
        </button>
        {document.fullscreenEnabled && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}
          >
            {t('present.fullscreen')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={leave}>
          {t('present.exit')}
        </button>
      </nav>
      <p className="presentation__keys">{t('present.keys')}</p>
    </section>
  );
}

/**
 * The programme's milestones, oldest first: the updates marked as such in data/updates.json
 * (sources there), then the status last stated, whose date is not known.
 */
function Milestones() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const updates = useUpdates((s) => s.updates);
  useEffect(() => void loadUpdates(), []);
  return (
    <ul className="presentation__timeline">
      {milestones(updates).map((update) => (
        <li key={update.id}>
          <strong>{formatDate(update.date, lang)}</strong>: <DataText texts={update.title} />
        </li>
      ))}
      <li>{t('present.lastStatus')}</li>
    </ul>
  );
}

function StepContent({
  step,
  headingRef,
  reachStep,
  spaceTransit,
}: {
  step: TourStep;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  reachStep: ReactNode;
  spaceTransit?: (space: Space) => ReactNode;
}) {
  const { t } = useTranslation();
  const heading = (text: string) => (
    <h2 id="presentation-heading" ref={headingRef} tabIndex={-1}>
      {text}
    </h2>
  );
  switch (step.kind) {
    case 'opening':
      return (
        <>
          {heading(t('app.title'))}
          <p className="presentation__lead">{t('present.opening')}</p>
          <p>{t('present.funding')}</p>
          <Milestones />
        </>
      );
    case 'area':
      return (
        <>
          <p className="presentation__kicker">
            <AreaGlyph area={step.area} size="marker" />
          </p>
          {heading(t('list.group', { area: step.area, name: t(`area.${step.area}.name`) }))}
          <p className="presentation__lead">{t(`area.${step.area}.vocation`)}</p>
          <ul className="presentation__spaces">
            {step.spaces.map((space) => (
              <li key={space.id} lang="it">
                {space.address} · {space.neighbourhood}
              </li>
            ))}
          </ul>
        </>
      );
    case 'space':
      return (
        <>
          <p className="presentation__kicker">
            <AreaGlyph area={step.space.area} size="marker" />
            <span>
              {t('list.group', { area: step.space.area, name: t(`area.${step.space.area}.name`) })}
            </span>
          </p>
          <h2 id="presentation-heading" ref={headingRef} tabIndex={-1} lang="it">
            {step.space.address}
          </h2>
          <dl>
            <dt>{t('panel.neighbourhood')}</dt>
            <dd>
              <span lang="it">{step.space.neighbourhood}</span> ·{' '}
              {t('panel.municipioValue', { number: step.space.municipio })}
            </dd>
            <dt>{t('panel.status')}</dt>
            <dd>
              {t(`status.${step.space.status}`)} <StatusSince space={step.space} />
            </dd>
            <dt>{t('panel.call')}</dt>
            <dd lang="it">{step.space.call.title}</dd>
            {/* What is known once a space opens; the panel says what is not yet known. */}
            {step.space.organisation && (
              <>
                <dt>{t('panel.organisation')}</dt>
                <dd>
                  <OperatorFact space={step.space} link={false} />
                </dd>
              </>
            )}
            {step.space.openingHours && (
              <>
                <dt>{t('panel.openingHours')}</dt>
                <dd>
                  <SpaceHoursFact space={step.space} week={false} />
                </dd>
              </>
            )}
            {step.space.access.stepFree && (
              <>
                <dt>{t('panel.stepFree')}</dt>
                <dd>{t(`panel.stepFreeValue.${step.space.access.stepFree}`)}</dd>
              </>
            )}
            {spaceTransit && (
              <>
                <dt>{t('transit.heading')}</dt>
                <dd>{spaceTransit(step.space)}</dd>
              </>
            )}
          </dl>
          <CheckedLine space={step.space} />
        </>
      );
    case 'reach':
      return (
        <>
          {heading(t('coverage.heading'))}
          {reachStep}
        </>
      );
    case 'closing':
      return (
        <>
          {heading(t('present.closingTitle'))}
          <div className="presentation__qr">
            <QrCode
              text={audienceLink(window.location.href, null)}
              label={t('share.qrLabel')}
              size={260}
            />
            <p className="presentation__lead">{t('present.closingText')}</p>
          </div>
        </>
      );
  }
}
