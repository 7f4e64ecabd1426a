import { memo, useMemo } from 'react';
import { qrRuns } from './qr';

/**
 * A QR code of `text` drawn as SVG rects (no canvas, no network). Black on white whatever the
 * theme: phone cameras need that contrast. Its accessible name says what it holds; the caller
 * gives the link itself as text beside it.
 */
export const LinkQr = memo(function LinkQr({ text, label }: { text: string; label: string }) {
  const qr = useMemo(() => qrRuns(text), [text]);
  if (!qr) return null;
  const { size, rows } = qr;
  return (
    <svg
      className="briefing-qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="briefing-qr"
    >
      <rect width={size} height={size} fill="#fff" />
      {rows.map((runs, y) =>
        runs.map(([x, width]) => (
          <rect key={`${y}.${x}`} x={x} y={y} width={width} height={1} fill="#000" />
        )),
      )}
    </svg>
  );
});
