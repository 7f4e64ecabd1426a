// The recharts twin of tests/bench/bare (README, "Dependencies"): the same slider, the same two
// charts of eight labelled bars on fixed 400 × 250 canvases and the same deferred rendering
// (useDeferredValue, memoised charts), drawn with recharts, animations off. The only
// difference from the bare app is the chart library, so tests/bench/browser.ts can print what
// recharts costs a slider move in the same run. Built and served only by that bench; not part
// of the app.
/* eslint-disable react-refresh/only-export-components -- built once for the bench, never hot-reloaded */
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';

const BARS = 8;
/** The bare app draws a bar of height h (5–105) at 2 px per unit: a fixed scale, not fitted. */
const DOMAIN: [number, number] = [0, 110];
const MARGIN = { top: 5, right: 20, bottom: 25, left: 20 };

const Chart = memo(function Chart({ value, flip }: { value: number; flip: boolean }) {
  const data = useMemo(
    () =>
      Array.from({ length: BARS }, (_, i) => ({
        i,
        height: flip ? ((value * (i + 1)) % 100) + 5 : ((value + i * 11) % 100) + 5,
      })),
    [value, flip],
  );
  return (
    <BarChart width={400} height={250} data={data} margin={MARGIN} role="img">
      <XAxis dataKey="i" hide />
      <YAxis domain={DOMAIN} hide />
      <Bar dataKey="height" fill="#000" isAnimationActive={false}>
        <LabelList
          dataKey="height"
          position="bottom"
          formatter={(x) => (typeof x === 'number' ? x.toFixed(1) : '')}
        />
      </Bar>
    </BarChart>
  );
});

function App() {
  const [value, setValue] = useState(30);
  const shown = useDeferredValue(value);
  return (
    <div>
      <input
        type="range"
        aria-label="value"
        min={0}
        max={100}
        step={0.5}
        value={value}
        autoFocus
        onChange={(e) => setValue(Number(e.target.value))}
      />
      <main>
        {[false, true].map((flip) => (
          <section key={String(flip)} className="chart-card">
            <div className="card-body">
              <Chart value={shown} flip={flip} />
            </div>
          </section>
        ))}
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
