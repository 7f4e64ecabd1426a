// The "Export image ▾" control of a chart card or a slide: a disclosure holding a PNG and an
// SVG button, a note that images use the light palette, and a live status line. The footer's
// words follow the scenario only while the menu is open, so a closed menu costs a slider step
// nothing; the image code loads on the first click.
import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'react-router';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { useProvenance } from '../useProvenance';
import type { ExportSource } from './exportImage';
import { imageFileName, type ImageFormat } from './fileName';
import { footerLines } from './footer';
import './imageExport.css';

/** What an export draws, read from the page when the button is pressed. */
export interface ExportTarget {
  source: ExportSource;
  title: string;
  /** the card's or slide's own source line, as shown */
  sources: string;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; message: string };

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
        {open ? <ExportActions chartId={chartId} resolve={resolve} /> : null}
      </div>
    </div>
  );
});

function ExportActions({
  chartId,
  resolve,
}: {
  chartId: string;
  resolve: () => ExportTarget | null;
}) {
  const tc = useT('common');
  const { language } = useLocalized();
  const { pathname } = useLocation();
  const provenance = useProvenance();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const run = async (format: ImageFormat) => {
    if (status.kind === 'working') return;
    setStatus({ kind: 'working' });
    try {
      const target = resolve();
      if (!target) throw new Error('nothing to draw');
      const lines = footerLines({
        title: target.title,
        provenance,
        sources: target.sources ? tc('provenance.sources', { sources: target.sources }) : '',
      });
      const [{ exportImage }, { downloadBlob }] = await Promise.all([
        import('./exportImage'),
        import('../download'),
      ]);
      const blob = await exportImage(target.source, lines, format);
      const file = imageFileName({ view: pathname, chart: chartId, language, format });
      downloadBlob(file, blob);
      setStatus({ kind: 'done', file });
    } catch (error) {
      setStatus({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const busy = status.kind === 'working';
  return (
    <>
      <div className="image-export-buttons">
        {(['png', 'svg'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button-small"
            // Not `disabled`: a disabled button drops the focus, and Esc then reaches the page.
            aria-disabled={busy}
            data-format={format}
            onClick={() => void run(format)}
          >
            {tc(`exportImage.${format}`)}
          </button>
        ))}
      </div>
      <p className="image-export-note">{tc('exportImage.note')}</p>
      <p className="image-export-status" role="status">
        {status.kind === 'working'
          ? tc('exportImage.working')
          : status.kind === 'done'
            ? tc('exportImage.done', { file: status.file })
            : null}
      </p>
      {status.kind === 'failed' ? (
        <p className="image-export-error" role="alert">
          {tc('exportImage.failed', { message: status.message })}
        </p>
      ) : null}
    </>
  );
}
