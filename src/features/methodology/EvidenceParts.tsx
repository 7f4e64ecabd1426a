// The evidence of one reading: each quotation with where it stands, a computed value's formulas
// and inputs, and a judgement's rubric line. Quotations stay in the source's language
// (English); the words around them are in the reader's.
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { formatsFor } from '@/lib/format';
import { useLocalized } from '@/i18n/useLocalized';
import type { Evidence, Indicator, Observation } from '@/model';
import { footnoteOwners, formulaLines, formulaText, inputIdentity } from './derive';
import { sourceAnchor } from './ids';
import { useSourceLabel } from './labels';

/** Where quoted words stand: the report's section (and footnote), or the notes' entry and its work. */
function Locator({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const label = useSourceLabel();
  if (evidence.from === 'notes') {
    return (
      <>
        {t('evidence.locator.notes', { section: evidence.locator })}{' '}
        <a href={`#${sourceAnchor(evidence.source)}`}>{label(evidence.source)}</a>
      </>
    );
  }
  if (evidence.footnote === undefined)
    return <>{t('evidence.locator.reportOwn', { section: evidence.locator })}</>;
  const owner = footnoteOwners(dataset.sources).get(evidence.footnote);
  const note = t('sources.note', { n: evidence.footnote });
  return (
    <>
      {t('evidence.locator.report', { section: evidence.locator })},{' '}
      {owner ? <a href={`#${sourceAnchor(owner)}`}>{note}</a> : note}
    </>
  );
}

/** Quotations, each in quotation marks, with its locator under it. */
export function Quotes({ evidence }: { evidence: readonly Evidence[] }) {
  return (
    <ul className="methodology-quotes">
      {evidence.map((e, i) => (
        <li key={i} className="methodology-quote">
          <blockquote lang="en" data-testid="evidence-quote">
            <p>“{e.quote}”</p>
          </blockquote>
          <p className="methodology-locator">
            — <Locator evidence={e} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** A computed value: each formula with its result, then each input with its value and quote. */
export function DerivationBlock({ observation }: { observation: Observation }) {
  const { t } = useTranslation('methodology');
  const { pick, language } = useLocalized();
  const lines = formulaLines(observation);
  if (lines.length === 0) return null;
  const shown = new Set<string>();
  return (
    <div className="methodology-derivation" data-testid="evidence-derivation">
      <p className="methodology-derivation-heading">
        <strong>{t('evidence.computed.heading')}</strong>
      </p>
      {lines.map(({ bound, formula, result }) => (
        <div key={bound} className="methodology-derivation-formula">
          <p className="methodology-formula">
            <code>
              {t(`evidence.computed.${bound}`)} = {formulaText(formula.expr)} ={' '}
              {formatsFor(language).formatValue(result)}
            </code>
          </p>
          <p className="methodology-derivation-inputs muted">{t('evidence.computed.inputs')}</p>
          <ul className="methodology-inputs">
            {Object.entries(formula.inputs).map(([name, input]) => {
              const id = inputIdentity(name, input);
              const value = formatsFor(language).formatExact(input.value);
              if (shown.has(id))
                return (
                  <li key={name}>
                    <code>{t('evidence.computed.same', { name, value })}</code>
                  </li>
                );
              shown.add(id);
              return (
                <li key={name}>
                  <p>
                    <code>
                      {name} = {value}
                    </code>{' '}
                    — {pick(input.label)}
                  </p>
                  <Quotes evidence={input.evidence} />
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** A judgement: its rubric level's line in the reader's language, the English words coded, the key. */
export function CodingBlock({
  observation,
  indicator,
}: {
  observation: Observation;
  indicator: Indicator | undefined;
}) {
  const { t } = useTranslation('methodology');
  const { pick, language } = useLocalized();
  const coding = observation.coding;
  if (!coding) return null;
  const line = indicator?.rubric?.[coding.level];
  return (
    <div className="methodology-coding" data-testid="evidence-coding">
      <p>
        <strong>
          {t('evidence.coding.level', {
            level: formatsFor(language).formatValue(coding.level),
            line: line ? pick(line) : '',
          })}
        </strong>
      </p>
      <p>
        <span className="muted">{t('evidence.coding.words')}</span>{' '}
        <span lang="en" className="methodology-rubric-words">
          “{coding.rubricWords}”
        </span>
      </p>
      <p>
        <span className="muted">{t('evidence.coding.key')}</span> <code>{coding.evidenceKey}</code>{' '}
        <span className="muted">({t('evidence.coding.keyHelp')})</span>
      </p>
    </div>
  );
}
