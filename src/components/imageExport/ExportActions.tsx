// The PNG and SVG buttons of an image export menu (ImageExportMenu), its note and its status:
// loaded when a menu first opens.
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { useProvenance } from '../useProvenance';
import { imageFileName, type ImageFormat } from './fileName';
import { footerLines } from './footer';
import type { ExportTarget } from './ImageExportMenu';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; message: string };

export function ExportActions({
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
  const buttonsRef = useRef<HTMLDivElement>(null);

  // Opened near the bottom of a phone's screen, the menu ran below it: it scrolls into view.
  useEffect(() => {
    buttonsRef.current?.closest('.image-export-panel')?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const run = async (format: ImageFormat) => {
    if (status.kind === 'working') return;
    setStatus({ kind: 'working' });
    try {
      const target = resolve();
      if (!target) throw new Error('nothing to draw');
      const lines = footerLines({
        title: target.title,
        provenance: target.scenario
          ? {
              ...provenance,
              scenario: target.scenario[0] ?? '',
              assumptions: target.scenario.slice(1),
            }
          : provenance,
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
      <div className="image-export-buttons" ref={buttonsRef}>
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
