// The bench's same-run baseline (docs/architecture.md §4): the bare stack — React 19, a slider and
// two SVG bar charts that follow it through useDeferredValue — measured exactly like Fulcrum's
// views, so a run on a busy machine can be read as a ratio rather than an absolute. Built and
// served only by tests/bench/browser.ts; not part of the app.
import { createElement as h, memo, useDeferredValue, useState } from 'react';
import { createRoot } from 'react-dom/client';

const BARS = 8;

const Chart = memo(function Chart({ value, flip }: { value: number; flip: boolean }) {
  const bars = Array.from({ length: BARS }, (_, i) => {
    const height = flip ? ((value * (i + 1)) % 100) + 5 : ((value + i * 11) % 100) + 5;
    return h(
      'g',
      { key: i },
      h('rect', { x: 20 + i * 45, y: 220 - height * 2, width: 30, height: height * 2 }),
      h('text', { x: 35 + i * 45, y: 240, textAnchor: 'middle' }, height.toFixed(1)),
    );
  });
  return h('svg', { viewBox: '0 0 400 250', width: 400, height: 250, role: 'img' }, bars);
});

function App() {
  const [value, setValue] = useState(30);
  const shown = useDeferredValue(value);
  return h(
    'div',
    null,
    h('input', {
      type: 'range',
      'aria-label': 'value',
      min: 0,
      max: 100,
      step: 0.5,
      value,
      autoFocus: true,
      onChange: (e: { target: HTMLInputElement }) => setValue(Number(e.target.value)),
    }),
    h(
      'main',
      null,
      [false, true].map((flip) =>
        h(
          'section',
          { key: String(flip), className: 'chart-card' },
          h('div', { className: 'card-body' }, h(Chart, { value: shown, flip })),
        ),
      ),
    ),
  );
}

createRoot(document.getElementById('root')!).render(h(App));
