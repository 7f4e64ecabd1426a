// @vitest-environment jsdom
// Hydrating the prerendered page (src/app/main.tsx) must not make React render any part of it
// again in the hydration's commit: such a render is synchronous, and it took every other pending
// render with it (one long task: docs/architecture.md §4). The stores the page reads on its
// first render answer React's server snapshot with the state as it is, and charts drawn in the
// copy are redrawn at their measured width after it, one per frame (redrawInTurn.test.tsx).
import { act, createElement, startTransition, useSyncExternalStore } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { resetUpdateState, useUpdateState } from '@/app/pwa';
import { CHART_BOX, isDrawnInCopy, noteCopyDrawings } from '@/components/hydration';
import { dataset } from '@/data/dataset';
import { createScenarioStore, initScenarioStore } from '@/scenario/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders `Component` to a string, hydrates that copy, and counts the component's renders. */
async function hydrateCounting(Component: () => string) {
  const renders: string[] = [];
  const Counted = () => {
    const text = Component();
    renders.push(text);
    return createElement('p', null, text);
  };
  const container = document.createElement('div');
  container.innerHTML = renderToString(createElement(Counted));
  document.body.append(container);
  renders.length = 0;
  const root = await act(async () => {
    let made: ReturnType<typeof hydrateRoot> | undefined;
    startTransition(() => {
      made = hydrateRoot(container, createElement(Counted));
    });
    return made!;
  });
  return { renders, text: container.textContent, unmount: () => act(() => root.unmount()) };
}

afterEach(() => {
  document.body.replaceChildren();
  resetUpdateState();
});

describe('a hydrated page is rendered once', () => {
  it('reading the scenario store, bound to the data set before hydrating (the address read)', async () => {
    const store = createScenarioStore();
    initScenarioStore(dataset, {}, store);
    const { renders, text, unmount } = await hydrateCounting(() =>
      store((s) => (s.dataset ? `bound to ${s.dataset.version}` : 'unbound')),
    );
    // zustand's own hook would hydrate with the initial state ("unbound") and render again.
    expect(renders).toEqual([`bound to ${dataset.version}`]);
    expect(text).toBe(`bound to ${dataset.version}`);
    await unmount();
  });

  it('reading the update notice’s state (no update)', async () => {
    const { renders, unmount } = await hydrateCounting(() =>
      useUpdateState().waiting ? 'update waiting' : 'no update',
    );
    expect(renders).toEqual(['no update']);
    await unmount();
  });

  it('a control: a store whose server snapshot is an equal copy is rendered again', async () => {
    const state = { waiting: false };
    const equalCopy = { waiting: false };
    const { renders, unmount } = await hydrateCounting(() => {
      const seen = useSyncExternalStore(
        () => () => {},
        () => state,
        () => equalCopy,
      );
      return seen.waiting ? 'update waiting' : 'no update';
    });
    expect(renders).toEqual(['no update', 'no update']);
    await unmount();
  });
});

describe('the copy’s drawings', () => {
  it('are the chart boxes of the copy noted before hydrating', () => {
    const copy = document.createElement('div');
    copy.innerHTML =
      '<section><div class="a" data-chart-box=""><svg></svg></div><div class="b"><svg></svg></div></section>';
    noteCopyDrawings(copy);
    expect(isDrawnInCopy(copy.querySelector('.a')!)).toBe(true);
    expect(isDrawnInCopy(copy.querySelector('.b')!), 'an image that is no chart').toBe(false);
    expect(isDrawnInCopy(copy.querySelector('svg')!)).toBe(false);
    // A box drawn afresh, even in the same place, is not one of them.
    const fresh = document.createElement('div');
    Object.entries(CHART_BOX).forEach(([name, value]) => fresh.setAttribute(name, value));
    copy.querySelector('section')!.append(fresh);
    expect(isDrawnInCopy(fresh)).toBe(false);
  });
});
