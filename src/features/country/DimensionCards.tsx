import { memo, useId, useMemo } from 'react';
import { PartnerLabel } from '@/components/PartnerLabel';
import { usePartnerPaint } from '@/components/partnerPalette';
import { sameData } from '@/components/sameData';
import { IntervalNote } from '@/components/charts/IntervalNote';
import { TiltBasisNote } from '@/components/TiltBasisNote';
import { useLeanWording } from '@/components/useLeanWording';
import { useDataset } from '@/lib/dataset';
import { useFormat } from '@/i18n/useFormat';
import { leanData } from '@/lib/leanText';
import type { CountryCode, PartnerCode } from '@/model';
import type { DimensionSummary, PartnerDimensionSummary, PartnerScoreFields } from './adapters';
import { partnerScoreFields, summaryReading } from './adapters';
import { BaselineChange } from './BaselineChange';
import type { CountryText } from './useCountryText';

const pct = (x: number) => `${Math.max(0, Math.min(100, x))}%`;

/** Point and 90% interval of each partner on a 0–100 bar; the text equivalent is its label. */
function Whiskers({ partners, text }: { partners: PartnerDimensionSummary[]; text: CountryText }) {
  const paint = usePartnerPaint();
  const { t } = text;
  const lean = useLeanWording();
  const label = partners
    .map((p) =>
      p.interval
        ? t('cards.whisker', {
            partner: text.partnerName(p.partner),
            score: text.formatScore(p.score, lean.missing(p.missing)),
            low: text.formatScore(p.interval.low),
            high: text.formatScore(p.interval.high),
          })
        : t('cards.whiskerNoInterval', {
            partner: text.partnerName(p.partner),
            score: text.formatScore(p.score, lean.missing(p.missing)),
          }),
    )
    .join('; ');
  return (
    <div className="country-whiskers" role="img" aria-label={label}>
      {partners.map((p) => {
        const style = paint(p.partner);
        return (
          <div className={`country-whisker-row country-whisker-${style.slot}`} key={p.partner}>
            <span className={`country-whisker-code ${style.className}`}>{p.partner}</span>
            <span className="country-whisker-track">
              {p.interval && (
                <span
                  className="country-whisker-range"
                  style={{
                    left: pct(p.interval.low),
                    width: pct(p.interval.high - p.interval.low),
                  }}
                />
              )}
              {p.score !== null && (
                <span className="country-whisker-point" style={{ left: pct(p.score) }} />
              )}
            </span>
          </div>
        );
      })}
      <div className="country-whisker-scale" aria-hidden="true">
        <span>0</span>
        <span>50</span>
        <span>100</span>
      </div>
    </div>
  );
}

interface DimScoreProps extends PartnerScoreFields {
  dimension: string;
  differs: boolean;
  t: CountryText['t'];
}

/** One partner's score in a card; re-rendered only when its own numbers change. */
const DimScore = memo(function DimScore({ dimension, differs, t, ...fields }: DimScoreProps) {
  const { partner, score, low, high, median, baseline, change, missing } = fields;
  const lean = useLeanWording();
  const format = useFormat();
  const { formatScore } = format;
  const paint = usePartnerPaint()(partner);
  return (
    <div className="country-dim-score" data-interval-check="">
      <span className="country-dim-partner">
        <PartnerLabel code={partner} />
      </span>
      <span
        className={`score-big ${paint.className}${missing === 'weights' ? ' country-dim-excluded' : ''}`}
        data-testid={`score-${dimension}-${partner}`}
        data-role="score"
      >
        {formatScore(score, lean.missing(missing))}
      </span>
      <span className="country-dim-interval muted">
        {low !== null && high !== null ? (
          <>
            <span data-role="interval">
              {t('cards.interval', { low: formatScore(low), high: formatScore(high) })}
            </span>
            {median !== null ? (
              <IntervalNote text={lean.intervalNote('score', score, { low, high, median })} />
            ) : null}
          </>
        ) : score === null ? (
          missing === 'weights' ? (
            t('common:excludedHint', { where: t('common:weightsPath') })
          ) : (
            ''
          )
        ) : (
          t('cards.intervalPending')
        )}
      </span>
      {differs && <BaselineChange baseline={baseline} change={change} t={t} format={format} />}
    </div>
  );
});

interface TopItemProps {
  partner: PartnerCode;
  /** why the partner's score is missing, when it is */
  missing: PartnerDimensionSummary['missing'];
  rowId: string | null;
  indicator: string | null;
  contribution: number | null;
  text: CountryText;
  onReveal: (rowId: string) => void;
}

/** What adds most to one partner's score, linked to its table row. */
const TopItem = memo(function TopItem({
  partner,
  rowId,
  indicator,
  contribution,
  missing,
  text,
  onReveal,
}: TopItemProps) {
  const { t, pick } = text;
  const dataset = useDataset();
  const found = indicator === null ? undefined : dataset.indicators.find((i) => i.id === indicator);
  return (
    <li>
      <PartnerLabel code={partner} />:{' '}
      {missing === null && rowId !== null && indicator !== null ? (
        <a href={`#${rowId}`} onClick={() => onReveal(rowId)}>
          {t('cards.topItem', {
            indicator: found ? pick(found.name) : indicator,
            points: text.formatScore(contribution),
          })}
        </a>
      ) : (
        t(missing === 'weights' ? 'cards.excluded' : 'cards.noData')
      )}
    </li>
  );
});

interface DimensionCardProps {
  country: CountryCode;
  summary: DimensionSummary;
  tiltPair: [PartnerCode, PartnerCode];
  differs: boolean;
  text: CountryText;
  onReveal: (rowId: string) => void;
}

function DimensionCardImpl({ country, summary, differs, text, onReveal }: DimensionCardProps) {
  const { t } = text;
  const lean = useLeanWording();
  const headingId = useId();
  const { dimension, partners } = summary;
  const reading = summaryReading(summary);
  const coverages = partners.map((p) => p.coverage);
  const sameCoverage = coverages.every((c) => Math.abs(c - coverages[0]!) < 1e-9);

  return (
    <section
      className="card country-dim"
      aria-labelledby={headingId}
      data-testid={`dimension-card-${dimension}`}
    >
      <h3 id={headingId} className="country-dim-title">
        {text.dimensionName(dimension)}
      </h3>
      <div className="country-dim-scores">
        {partners.map((p) => (
          <DimScore
            key={p.partner}
            dimension={dimension}
            {...partnerScoreFields(p)}
            differs={differs}
            t={t}
          />
        ))}
      </div>
      <Whiskers partners={partners} text={text} />
      <p className="country-dim-tilt" {...leanData(country, dimension, reading)}>
        <strong>{t('common:tiltLabel')}:</strong> {text.tiltAfterLabel(reading, summary.tilt)}
        <TiltBasisNote text={summary.tilt === null ? '' : lean.basisNote(summary.basis)} />
      </p>
      <p className="country-dim-coverage muted">
        {sameCoverage
          ? t('cards.coverage', { percent: text.formatPercent(coverages[0] ?? 0) })
          : t('cards.coverageBy', {
              list: partners
                .map((p) => `${text.partnerName(p.partner)} ${text.formatPercent(p.coverage)}`)
                .join(', '),
            })}
      </p>
      <div className="country-dim-top">
        <p className="country-dim-top-label">{t('cards.top')}</p>
        <ul>
          {partners.map((p) => (
            <TopItem
              key={p.partner}
              partner={p.partner}
              rowId={p.top?.rowId ?? null}
              indicator={p.top?.indicator ?? null}
              contribution={p.top?.contribution ?? null}
              missing={p.missing}
              text={text}
              onReveal={onReveal}
            />
          ))}
        </ul>
      </div>
    </section>
  );
}

/** Summaries are rebuilt at every step: a card re-renders only when its own numbers change. */
const DimensionCard = memo(DimensionCardImpl, sameData);

interface DimensionCardsProps {
  country: CountryCode;
  summaries: DimensionSummary[];
  tiltPair: [PartnerCode, PartnerCode];
  differs: boolean;
  draws: number | null;
  text: CountryText;
  onReveal: (rowId: string) => void;
}

/** One card per dimension: both scores with intervals, coverage, tilt and what drives it. */
function DimensionCardsImpl({
  country,
  summaries,
  tiltPair,
  differs,
  draws,
  text,
  onReveal,
}: DimensionCardsProps) {
  const { t } = text;
  // Worded when the language or the number of draws changes, not at every slider step.
  const head = useMemo(
    () => ({
      heading: t('cards.heading'),
      intro: draws
        ? t('cards.intro', {
            draws: text.formatCount(draws),
          })
        : t('cards.introPending'),
    }),
    [t, draws, text],
  );
  return (
    <section className="country-dims" aria-labelledby="country-dims-heading">
      <h2 id="country-dims-heading">{head.heading}</h2>
      <p className="muted country-section-intro">{head.intro}</p>
      <div className="country-dims-grid">
        {summaries.map((s) => (
          <DimensionCard
            key={s.dimension}
            country={country}
            summary={s}
            tiltPair={tiltPair}
            differs={differs}
            text={text}
            onReveal={onReveal}
          />
        ))}
      </div>
    </section>
  );
}

export const DimensionCards = memo(DimensionCardsImpl);
