/**
 * A space's opening hours as people read them: open or closed now, and the next seven days, in
 * Milan's time. The data's own value is shown as written when it cannot be worked out.
 */
import { useTranslation } from 'react-i18next';
import { formatDay, formatTime, nowLine } from '../hours/hours-text.ts';
import type { HoursDay } from '../hours/opening-hours.ts';
import type { Space } from '../spaces/types.ts';
import { useAppStore } from '../state/app-store.ts';
import { useHours, useSpaceHours, type SpaceHours } from '../state/hours-store.ts';
import { DataText } from './data-text.tsx';
import './hours.css';

/** "Aperto ora, fino alle 18:00": one line, for the panel, the list and the presentation. */
export function HoursNowLine({ hours }: { hours: Extract<SpaceHours, { kind: 'known' }> }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const line = nowLine(hours.now, hours.week[0]!.day, lang);
  return (
    <span className="hours-now" data-state={hours.now.state}>
      {t(line.key, line.values)}
      {hours.now.comment && (
        <>
          {' '}
          (<span lang="it">{hours.now.comment}</span>)
        </>
      )}
    </span>
  );
}

/** The next seven days, a row each: "lunedì 7 dicembre: 9:00–12:30, 14:00–18:00". */
export function HoursWeek({ week }: { week: HoursDay[] }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const range = (from: string, to: string) =>
    t('hours.range', { from: formatTime(from, lang), to: formatTime(to, lang) });
  return (
    <table className="hours-week">
      <caption className="visually-hidden">{t('hours.week')}</caption>
      <tbody>
        {week.map((day, i) => (
          <tr key={day.day} aria-current={i === 0 ? 'date' : undefined}>
            <th scope="row">{formatDay(day.day, lang)}</th>
            <td>
              {day.intervals.length === 0
                ? t('hours.closedDay')
                : day.intervals.map((interval, n) => (
                    <span key={n}>
                      {n > 0 && t('app.listSeparator')}
                      {range(interval.from, interval.to)}
                      {interval.comment && (
                        <>
                          {' '}
                          (<span lang="it">{interval.comment}</span>)
                        </>
                      )}
                    </span>
                  ))}
              {day.holiday !== null && (
                <span className="hours-week__holiday">
                  {' '}
                  ({t('hours.holiday')}
                  {day.holiday && (
                    <>
                      : <span lang="it">{day.holiday}</span>
                    </>
                  )}
                  )
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Everything known about a space's hours, or that they are not known. Without `week` (the
 * presentation), only whether it is open now.
 */
export function SpaceHoursFact({ space, week = true }: { space: Space; week?: boolean }) {
  const { t } = useTranslation();
  const status = useHours((s) => s.status);
  const hours = useSpaceHours(space.id);
  const note = space.hoursNote && <DataText texts={space.hoursNote} as="p" />;
  if (space.openingHours === null)
    return (
      <>
        <span className="unknown">{t('panel.unknown')}</span>
        {note}
      </>
    );
  if (hours?.kind === 'known')
    return (
      <>
        <p className="hours-fact__now">
          <HoursNowLine hours={hours} />
        </p>
        {week && (
          <>
            <HoursWeek week={hours.week} />
            <p className="muted hours-fact__zone">{t('hours.milanTime')}</p>
            {note}
          </>
        )}
      </>
    );
  // Not worked out yet (the library on its way), not arrived, or written in a form it cannot read.
  const why =
    status === 'failed'
      ? 'hours.failed'
      : hours?.kind === 'unreadable'
        ? 'hours.unreadable'
        : 'hours.loading';
  return (
    <>
      <p>{t(why)}</p>
      {why !== 'hours.loading' && (
        <p>
          <code lang="en" dir="ltr">
            {space.openingHours}
          </code>
        </p>
      )}
      {note}
    </>
  );
}
