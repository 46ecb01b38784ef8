/** A QR code of a link, drawn in the page (no external service), as an image with a text alternative. */
import { useMemo } from 'react';
import { renderSVG } from 'uqr';

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
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(text, { ecc: 'M', border: 2 }))}`,
    [text],
  );
  return <img className="qr-code" src={src} alt={label} width={size} height={size} />;
}
