import { memo, useId, useState } from 'react';
import { presetRationale } from '@/lib/presetRationale';
import { useScenarioStore } from '@/scenario/store';
import { usePanel } from './context';
import { shortSourceLabel } from '@/components/sourcesLine';
import { activePresetId, changeCount, changesSincePreset } from './helpers';
import { useSliderText } from './useSliderText';

/**
 * The data set's presets as toggle buttons. Each button is described by its rationale
 * (read by screen readers on focus); the rationale of the preset pointed at, else the one
 * focused, else the applied one is shown below the list.
 */
function PresetListImpl() {
  const { dataset, announce } = usePanel();
  const { t, pick, language } = useSliderText();
  const presetId = useScenarioStore((s) => s.presetId);
  const changes = useScenarioStore((s) => changeCount(s.dataset, s.scenario));
  const sincePreset = useScenarioStore((s) =>
    changesSincePreset(s.dataset, s.scenario, s.presetId),
  );
  const applyPreset = useScenarioStore((s) => s.applyPreset);
  const [pointed, setPointed] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const id = useId();
  const active = activePresetId(dataset, presetId, changes);
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const displayed = dataset.presets.find((p) => p.id === (pointed ?? focused ?? active));

  return (
    <div className="scenario-presets">
      <p className="scenario-intro">{t('presets.intro')}</p>
      <ul className="scenario-preset-list" aria-label={t('presets.label')}>
        {dataset.presets.map((preset) => {
          const pressed = preset.id === active;
          const name = pick(preset.name);
          return (
            <li key={preset.id}>
              <button
                type="button"
                className="scenario-preset"
                aria-pressed={pressed}
                aria-describedby={`${id}-${preset.id}`}
                onClick={() => {
                  applyPreset(preset.id);
                  // The applied preset is now the one shown: no preview of it is left over.
                  setPointed(null);
                  announce(t('presets.appliedStatus', { name }));
                }}
                onFocus={() => setFocused(preset.id)}
                onBlur={() => setFocused(null)}
                // Pointing needs a move: applying moves the "applied" line from one button
                // to another, the list shifts under a still pointer, and the browser then
                // reports it over a neighbour (pointerover) without any move.
                onPointerMove={() => setPointed(preset.id)}
                onPointerLeave={() => setPointed(null)}
              >
                <span className="scenario-preset-name">{name}</span>
                {/* aria-pressed says "applied" to assistive technology; the name stays the preset's. */}
                {pressed && (
                  <span className="scenario-preset-state" aria-hidden="true">
                    {sincePreset > 0
                      ? t('presets.modified', { count: sincePreset })
                      : t('presets.applied')}
                  </span>
                )}
              </button>
              {/* The accessible description; hidden, since the visible one is below. */}
              <p id={`${id}-${preset.id}`} hidden>
                {presetRationale(dataset, preset, language)}
              </p>
            </li>
          );
        })}
      </ul>
      <div className="scenario-rationale">
        {displayed ? (
          <>
            <h4 className="scenario-rationale-title">
              {t('presets.rationale', { name: pick(displayed.name) })}
            </h4>
            <p>{presetRationale(dataset, displayed, language)}</p>
            {displayed.sources.length > 0 && (
              <p className="scenario-rationale-sources">
                {t('presets.sources', {
                  list: displayed.sources
                    .map((s) => {
                      const source = sourceById.get(s);
                      if (!source) return s;
                      const label = shortSourceLabel(source);
                      return source.footnote === undefined
                        ? label
                        : `${label} (${t('common:footnote', { n: source.footnote })})`;
                    })
                    .join('; '),
                })}
              </p>
            )}
          </>
        ) : (
          <p className="muted">{t('presets.hint')}</p>
        )}
      </div>
    </div>
  );
}

export const PresetList = memo(PresetListImpl);
