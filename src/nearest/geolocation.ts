/** The browser's geolocation as one promise with a reason for every way it can fail. */

export type LocateResult =
  | { ok: true; lat: number; lon: number; accuracy: number }
  | { ok: false; reason: 'unsupported' | 'denied' | 'unavailable' | 'timeout' }
  | { ok: false; reason: 'inaccurate'; accuracy: number };

/** Worse than this, a position cannot tell which portineria is nearest. */
export const MAX_ACCURACY_METRES = 1000;

export function locate(
  geolocation: Geolocation | undefined = globalThis.navigator?.geolocation,
  timeoutMs = 15_000,
): Promise<LocateResult> {
  if (!geolocation) return Promise.resolve({ ok: false, reason: 'unsupported' });
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      ({ coords }) => {
        if (coords.accuracy > MAX_ACCURACY_METRES) {
          resolve({ ok: false, reason: 'inaccurate', accuracy: coords.accuracy });
        } else {
          resolve({
            ok: true,
            lat: coords.latitude,
            lon: coords.longitude,
            accuracy: coords.accuracy,
          });
        }
      },
      (error) => {
        const reason =
          error.code === error.PERMISSION_DENIED
            ? 'denied'
            : error.code === error.TIMEOUT
              ? 'timeout'
              : 'unavailable';
        resolve({ ok: false, reason });
      },
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}
