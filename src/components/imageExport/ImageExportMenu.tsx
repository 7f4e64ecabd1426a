// The "Export image ▾" control of a chart card or a slide: a disclosure holding a PNG and an
// SVG button, a note that images use the light palette, and a live status line. The footer's
// words follow the scenario only while the menu is open, so a closed menu costs a slider step
// nothing; the image code loads on the first click.
import { lazy, memo, Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ExportSource } from './exportImage';
import './imageExport.css';

// The menu's buttons and the footer's words load on its first opening: every chart card shows
// the toggle on the first screen, few readers open it.
const ExportActions = lazy(() =>
  import('./ExportActions').then((m) => ({ default: m.ExportActions })),
);

/** What an export draws, read from the page when the button is pressed. */
export interface ExportTarget {
  source: ExportSource;
  title: string;
  /** the card's or slide's own source line, as shown */
  sources: string;
  /**
   * the footer's scenario lines when the picture is not of the working scenario (scenario A
   * against scenario B names both); the working scenario's provenance otherwise
   */
  scenario?: string[];
}

export const ImageExportMenu = memo(function ImageExportMenu({
  label,
  ariaLabel,
  chartId,
  resolve,
  placement = 'below',
}: {
  /** the button's visible words */
  label: string;
  /** its accessible name: starts with the visible words and says which chart */
  ariaLabel: string;
  /** names the file (`fulcrum-<view>-<chart>-<lang>`) */
  chartId: string;
  resolve: () => ExportTarget | null;
  /** where the menu opens: under the button (cards) or above it (the briefing's controls) */
  placement?: 'below' | 'above';
}) {
  const [open, setOpen] = useState(false);
  // The menu opens towards the middle of its card: a wrapped header puts the button on the left.
  const [align, setAlign] = useState<'start' | 'end'>('end');
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      // Esc closes the menu, not the briefing around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      toggleRef.current?.focus();
    }
  };
  return (
    <div
      className={`image-export image-export-${placement} image-export-${align}`}
      onKeyDown={onKeyDown}
    >
      <button
        ref={toggleRef}
        type="button"
        className="button button-small"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={ariaLabel}
        onClick={(event) => {
          const button = event.currentTarget.getBoundingClientRect();
          const box = event.currentTarget.closest('.card, nav')?.getBoundingClientRect();
          if (box) setAlign(button.left - box.left < box.width / 2 ? 'start' : 'end');
          setOpen((v) => !v);
        }}
      >
        {label}
        <span aria-hidden="true"> ▾</span>
      </button>
      <div id={panelId} className="image-export-panel" hidden={!open}>
        {open ? (
          <Suspense fallback={null}>
            <ExportActions chartId={chartId} resolve={resolve} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
});
