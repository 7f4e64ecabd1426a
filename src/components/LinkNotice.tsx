import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useT } from '@/i18n/fastT';
import { SmallButton } from './SmallButton';
import { valueChangeText } from '@/i18n/valueChangeText';
import type { AdjustedParam, IgnoredParam } from '@/scenario/urlCodec';

const MAX_SHOWN = 12;

/**
 * What a link could not use: the params it ignored and the values it adjusted, in the scenario
 * panel's `urlNotice` words (its messages load on demand: render inside a Suspense boundary).
 * The address notice (src/app/ScenarioBinding.tsx) and `/versus` (a side's params under their
 * prefix, `b.o.KG.CN.debt_share`) show it.
 */
export function LinkNotice({
  title,
  ignored,
  adjusted,
  onDismiss,
  testId,
}: {
  /** the notice's heading; the address notice's own when not given */
  title?: string;
  ignored: IgnoredParam[];
  adjusted: AdjustedParam[];
  onDismiss: () => void;
  testId?: string;
}) {
  const headingId = useId();
  const { t, i18n } = useTranslation('scenario');
  const tScenario = useT('scenario');
  const adjustedTitle = t('urlNotice.adjustedTitle', { count: adjusted.length });
  return (
    <section className="link-notice" role="status" aria-labelledby={headingId} data-testid={testId}>
      <div className="link-notice-header">
        <h2 id={headingId}>
          {title ?? (ignored.length > 0 ? t('urlNotice.title') : adjustedTitle)}
        </h2>
        <SmallButton onClick={onDismiss}>{t('urlNotice.dismiss')}</SmallButton>
      </div>
      {ignored.length > 0 && (
        <ul>
          {ignored.slice(0, MAX_SHOWN).map((item, i) => (
            <li key={`i${i}`}>
              {t('urlNotice.item', {
                param: item.param,
                value: item.value,
                reason: t(`urlNotice.codes.${item.code}`, { defaultValue: item.reason }),
              })}
            </li>
          ))}
          {ignored.length > MAX_SHOWN && <li>… (+{ignored.length - MAX_SHOWN})</li>}
        </ul>
      )}
      {adjusted.length > 0 && (
        <>
          {ignored.length > 0 || title ? <p>{adjustedTitle}</p> : null}
          <ul>
            {adjusted.slice(0, MAX_SHOWN).map((item, i) => (
              <li key={`a${i}`}>{valueChangeText(tScenario, i18n.language, item.param, item)}</li>
            ))}
            {adjusted.length > MAX_SHOWN && <li>… (+{adjusted.length - MAX_SHOWN})</li>}
          </ul>
        </>
      )}
    </section>
  );
}
