/** The QR codes the app draws: a four-module quiet zone around the code, as the standard asks. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QrCode } from '../../src/ui/qr-code.tsx';

describe('a QR code', () => {
  it('keeps four light modules on every side of the code', () => {
    render(<QrCode text="https://example.org/spazi/omero-15/" label="Codice QR del link" />);
    const src = screen.getByRole('img', { name: 'Codice QR del link' }).getAttribute('src')!;
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
    // Each module is a 10-unit square in the path: the dark ones' corners.
    const modules = [...svg.matchAll(/M(\d+),(\d+)h10/g)].map(([, x, y]) => [Number(x), Number(y)]);
    expect(modules.length).toBeGreaterThan(100);
    const xs = modules.map(([x]) => x!);
    const ys = modules.map(([, y]) => y!);
    const quiet = [
      Math.min(...xs),
      Math.min(...ys),
      size - 10 - Math.max(...xs),
      size - 10 - Math.max(...ys),
    ];
    expect(quiet.map((units) => units / 10)).toEqual([4, 4, 4, 4]);
  });
});
