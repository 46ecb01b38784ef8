/** "Trova lo spazio più vicino": three ways to say where one starts from, and the ranked answer. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDistance } from '../i18n/i18n.ts';
import { isInMilan } from '../spaces/milan.ts';
import { useAppStore } from '../state/app-store.ts';
import { AddressCombobox } from './address-combobox.tsx';
import { locate } from './geolocation.ts';
import { NearestResults, type NearestResultsProps } from './nearest-results.tsx';
import { useNearest } from './nearest-store.ts';
import { useChooseOrigin } from './use-choose-origin.ts';
import './nearest.css';

type LocateProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported' | { inaccurate: number };

export function NearestSection({ farStops }: NearestResultsProps = {}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore((s) => s.view);
  const origin = useNearest((s) => s.origin);
  const lookingFor = useNearest((s) => s.lookingFor);
  const setLookingFor = useNearest((s) => s.setLookingFor);
  const picking = useNearest((s) => s.pickingOnMap);
  const setPicking = useNearest((s) => s.setPickingOnMap);
  const clearOrigin = useNearest((s) => s.clearOrigin);
  const chooseOrigin = useChooseOrigin();
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<LocateProblem | null>(null);

  const useMyLocation = async () => {
    setLocating(true);
    setProblem(null);
    const result = await locate();
    setLocating(false);
    if (result.ok) {
      chooseOrigin({
        lat: result.lat,
        lon: result.lon,
        source: 'location',
        accuracy: result.accuracy,
      });
    } else {
      setProblem(result.reason === 'inaccurate' ? { inaccurate: result.accuracy } : result.reason);
    }
  };

  // A problem with the location is moot once a starting point came another way.
  const shownProblem = origin && origin.source !== 'location' ? null : problem;

  return (
    <section className="nearest" aria-labelledby="nearest-heading">
      <h2 id="nearest-heading">{t('nearest.heading')}</h2>
      <p className="nearest__privacy">{t('nearest.privacy')}</p>

      <fieldset className="nearest__looking-for">
        <legend>{t('nearest.lookingFor')}</legend>
        {(['portineria', 'any'] as const).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="looking-for"
              value={value}
              checked={lookingFor === value}
              onChange={() => setLookingFor(value)}
            />
            {t(value === 'portineria' ? 'nearest.lookingForPortineria' : 'nearest.lookingForAny')}
          </label>
        ))}
      </fieldset>

      <div className="nearest__ways">
        <button type="button" className="button" onClick={useMyLocation} disabled={locating}>
          {locating ? t('nearest.locating') : t('nearest.useLocation')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={picking}
          onClick={() => setPicking(!picking)}
        >
          {t('nearest.pickOnMap')}
        </button>
      </div>
      {picking && (
        <div className="nearest__picking">
          <p>{t('nearest.pickingHint')}</p>
          <button
            type="button"
            className="button"
            disabled={!view}
            onClick={() => view && chooseOrigin({ lat: view.lat, lon: view.lon, source: 'map' })}
          >
            {t('nearest.useMapCentre')}
          </button>
        </div>
      )}
      <AddressCombobox
        onChoose={(place) =>
          chooseOrigin({
            lat: place.lat,
            lon: place.lon,
            // A neighbourhood starts from a point well inside it, and the page says so.
            source: place.kind === 'neighbourhood' ? 'neighbourhood' : 'address',
            label: place.label,
          })
        }
      />

      <div role="status" className="nearest__messages">
        {shownProblem && (
          <p className="nearest__problem">
            {typeof shownProblem === 'string'
              ? t(`nearest.${shownProblem}`)
              : t('nearest.inaccurate', {
                  distance: formatDistance(shownProblem.inaccurate, lang),
                })}
          </p>
        )}
        {origin && !isInMilan(origin.lat, origin.lon) && (
          <p className="nearest__problem">{t('nearest.outsideMilan')}</p>
        )}
      </div>

      {origin && (
        <div className="nearest__origin">
          <p>
            {origin.source === 'location'
              ? t('nearest.originLocation', {
                  distance: formatDistance(origin.accuracy ?? 0, lang),
                })
              : origin.source === 'map'
                ? t('nearest.originMap')
                : origin.source === 'neighbourhood'
                  ? t('nearest.originNeighbourhood', { name: origin.label })
                  : t('nearest.originAddress', { label: origin.label })}
          </p>
          <button type="button" className="button button--quiet" onClick={clearOrigin}>
            {t('nearest.clear')}
          </button>
        </div>
      )}
      <NearestResults farStops={farStops} />
    </section>
  );
}
