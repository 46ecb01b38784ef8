/**
 * The data as a spreadsheet: the workbook to download, and an edited workbook or CSV read back,
 * with each change listed and each bad cell named (row, column, why) before anything is applied.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../ui/download-file.ts';
import { readCsv } from './csv-read.ts';
import { today, useDesk } from './desk-store.ts';
import { ChangesTable } from './changes-table.tsx';
import type { SpacesDocument } from './spaces-draft.ts';
import { columnLetter, type TableReading } from './table-read.ts';
import { MAX_SHEET_BYTES, type SheetRefusal } from './workbook.ts';

// The workbook module brings exceljs, loaded only when a workbook is asked for.
const workbook = () => import('./workbook.ts');

type Reading = { name: string } & (TableReading | { refused: SheetRefusal });

export function SheetExchange({ document }: { document: SpacesDocument }) {
  const { t } = useTranslation('desk');
  const replace = useDesk((s) => s.replace);
  const [busy, setBusy] = useState<'preparing' | 'reading' | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [said, setSaid] = useState('');

  const download = async () => {
    setBusy('preparing');
    try {
      const bytes = await (await workbook()).spacesWorkbook(document);
      downloadFile(
        `quartieri-connessi-spazi-${today()}.xlsx`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes,
      );
    } finally {
      setBusy(null);
    }
  };

  const read = async (file: File) => {
    setSaid('');
    // Its size first: a file far too large is never read into the page.
    if (file.size > MAX_SHEET_BYTES) {
      setReading({ name: file.name, refused: { reason: 'tooLarge' } });
      return;
    }
    setBusy('reading');
    try {
      const result = /\.csv$/i.test(file.name)
        ? readCsv(await file.text(), document, today())
        : await (
            await workbook()
          ).readWorkbook(new Uint8Array(await file.arrayBuffer()), document, today());
      setReading({ name: file.name, ...result });
    } catch {
      // Whatever the reader met (a file gone from the disk, code that did not arrive, a part it
      // could not read): the file is not read, and the work stays as it was.
      setReading({ name: file.name, refused: { reason: 'unreadable' } });
    } finally {
      setBusy(null);
    }
  };

  const cellBad =
    reading && 'problems' in reading
      ? reading.problems.filter((p) => p.problem === 'formula' || p.problem === 'rule')
      : [];

  return (
    <section className="desk-step" aria-labelledby="sheet-heading">
      <h2 id="sheet-heading">{t('sheet.heading')}</h2>
      <p>{t('sheet.intro')}</p>
      <p>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void download()}
        >
          {t('sheet.download')}
        </button>
      </p>
      <p>
        <label htmlFor="sheet-file">{t('sheet.read')}</label>
        <input
          id="sheet-file"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          disabled={busy !== null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void read(file);
            e.target.value = '';
          }}
        />
      </p>
      <p role="status">{busy ? t(`sheet.${busy}`) : said}</p>
      {reading && 'refused' in reading && (
        <div role="alert" className="desk-alert">
          <p>
            {t('sheet.refused.intro', { name: reading.name })}{' '}
            {t(`sheet.refused.${reading.refused.reason}`, reading.refused)}
          </p>
        </div>
      )}
      {reading && 'problems' in reading && (
        <div className="desk-sheet-reading">
          <p>
            {t('sheet.found', {
              name: reading.name,
              changes: reading.changes.length,
              problems: reading.problems.length,
            })}
          </p>
          {reading.problems.length > 0 && (
            <>
              <h3>{t('sheet.problemsHeading')}</h3>
              <ul className="desk-sheet-problems">
                {reading.problems.map((p, i) => (
                  <li key={i} className="desk-problem desk-problem--error">
                    {p.column
                      ? t(p.at === null ? 'sheet.whereNoLetter' : 'sheet.where', {
                          row: p.row,
                          column: p.column,
                          letter: p.at === null ? '' : columnLetter(p.at),
                        })
                      : t('sheet.whereRow', { row: p.row })}{' '}
                    {t(`sheet.problem.${p.problem}`, { detail: p.detail })}
                    {p.problem === 'rule' && (
                      <span className="desk-problem__rule">
                        {t('form.ruleWords')} <span lang="en">{p.detail}</span>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('sheet.changesHeading')}</h3>
          {reading.changes.length === 0 ? (
            <p>{t('sheet.noChanges')}</p>
          ) : (
            <ChangesTable changes={reading.changes} />
          )}
          {cellBad.length > 0 && <p>{t('sheet.blocked')}</p>}
          <p className="desk-buttons">
            <button
              type="button"
              className="button"
              disabled={cellBad.length > 0 || reading.changes.length === 0}
              onClick={() => {
                replace(reading.next);
                setSaid(t('sheet.applied', { count: reading.changes.length }));
                setReading(null);
              }}
            >
              {t('sheet.apply')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setReading(null)}>
              {t('sheet.cancel')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
