/** What the page says when the interactive map is not there, and the retry where one can help. */
import { useTranslation } from 'react-i18next';
import { retryMap, useMapWanted } from '../state/map-wanted.ts';

export function MapFaultMessage() {
  const { t } = useTranslation();
  const fault = useMapWanted((s) => s.fault);
  if (!fault) return null;
  return (
    <div className="map-column__fault" role="alert">
      <p>{t(`mapFault.${fault}`)}</p>
      {/* A browser without WebGL stays without it: only the other faults may pass. */}
      {fault !== 'noWebgl' && (
        <button type="button" className="button" onClick={() => retryMap()}>
          {t('mapFault.retry')}
        </button>
      )}
    </div>
  );
}
