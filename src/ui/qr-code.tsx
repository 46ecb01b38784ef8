/** A QR code of a link, drawn in the page (no external service), as an image with a text alternative. */
import { useMemo } from 'react';
import { renderSVG } from 'uqr';

/**
 * The light margin around the code, in modules: four, as the QR standard (ISO/IEC 18004) asks,
 * so that it scans on a coloured slide or a printed poster as well as on white.
 */
export const QUIET_ZONE = 4;

export function QrCode({
  text,
  label,
  size = 200,
}: {
  text: string;
  label: string;
  size?: number;
}) {
  const src = useMemo(
    () =>
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(text, { ecc: 'M', border: QUIET_ZONE }))}`,
    [text],
  );
  return <img className="qr-code" src={src} alt={label} width={size} height={size} />;
}
