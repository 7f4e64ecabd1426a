import { memo, useCallback, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useT } from '@/i18n/fastT';
import { ErrorBoundary } from './ErrorBoundary';
import { ImageExportMenu } from './imageExport/ImageExportMenu';
import { visibleText } from './imageExport/visibleText';

export interface ChartCardProps {
  title: string;
  /** one line naming where the numbers come from */
  source: ReactNode;
  /** the same numbers as an accessible table */
  table: ReactNode;
  children: ReactNode;
  /** extra controls shown in the card header */
  actions?: ReactNode;
  className?: string;
  testId?: string;
  /** names the exported image's file (default: `testId`, else the title) */
  chartId?: string;
  /** the exported image's title and scenario lines, when not the working scenario's (A vs B) */
  exportTitle?: string;
  exportScenario?: string[];
  /** the card's element, for a view that follows whether it is on screen */
  cardRef?: RefObject<HTMLElement | null>;
}

/** The source line (memoised: callers keep the same `source` while a slider moves). */
const CardSource = memo(function CardSource({ source }: { source: ReactNode }) {
  const t = useT();
  return (
    <p className="card-source">
      <span className="visually-hidden">{t('source')}: </span>
      {source}
    </p>
  );
});

/** A chart with its title, source line and a chart/table toggle, isolated by an error boundary. */
export function ChartCard({
  title,
  source,
  table,
  children,
  actions,
  className,
  testId,
  chartId,
  exportTitle,
  exportScenario,
  cardRef,
}: ChartCardProps) {
  const t = useT();
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const bodyId = useId();
  const ownRef = useRef<HTMLElement>(null);
  // Read when an image is made: the card as it stands, its source line as the reader sees it.
  const resolveExport = useCallback(() => {
    const card = (cardRef ?? ownRef).current;
    if (!card) return null;
    const sources = visibleText(card.querySelector(':scope > .card-source'));
    return {
      source: { kind: 'card' as const, card },
      title: exportTitle ?? title,
      sources,
      ...(exportScenario ? { scenario: exportScenario } : {}),
    };
  }, [cardRef, title, exportTitle, exportScenario]);
  return (
    <section
      ref={cardRef ?? ownRef}
      className={`card chart-card ${className ?? ''}`}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <header className="card-header">
        <h2 id={headingId} className="card-title">
          {title}
        </h2>
        <div className="card-actions">
          {actions}
          {showTable ? null : (
            <ImageExportMenu
              label={t('exportImage.button')}
              ariaLabel={t('exportImage.buttonLabel', { title })}
              chartId={chartId ?? testId ?? title}
              resolve={resolveExport}
            />
          )}
          <button
            type="button"
            className="button button-small"
            aria-pressed={showTable}
            aria-controls={bodyId}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? t('showChart') : t('showTable')}
          </button>
        </div>
      </header>
      <div id={bodyId} className="card-body">
        <ErrorBoundary
          fallback={(error) => (
            <p role="alert" className="card-error">
              {t('cardError', { message: error.message })}
            </p>
          )}
        >
          {showTable ? (
            // Focusable so keyboard users can scroll a wide table on a phone.
            <div className="table-scroll" tabIndex={0} role="group" aria-labelledby={headingId}>
              {table}
            </div>
          ) : (
            children
          )}
        </ErrorBoundary>
      </div>
      <CardSource source={source} />
    </section>
  );
}
