// @vitest-environment jsdom
// The charts of a hydrated copy are redrawn at their measured width one per frame, those in view
// first (src/components/hydration.ts, redrawInTurn; useWidth in chartParts.ts): all at once, their
// render, commit and layout held a phone's main thread in two long tasks after the take-over.
import { act, createElement, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWidth } from '@/components/charts/chartParts';
import { CHART_BOX, noteCopyDrawings, redrawInTurn } from '@/components/hydration';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Frames run by hand: each `frame()` runs the callbacks requested so far, then their tasks. */
let frameCallbacks: FrameRequestCallback[] = [];
async function frame() {
  const due = frameCallbacks;
  frameCallbacks = [];
  await act(async () => {
    for (const callback of due) callback(performance.now());
    // the task each callback queued (setTimeout 0), and React's work after it
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

/** Where each box is: `top` of the viewport (innerHeight 768 in jsdom), `width` laid out. */
function place(box: Element, top: number, width = 300) {
  box.getBoundingClientRect = () =>
    ({ top, bottom: top + 100, left: 0, right: width, width, height: 100 }) as DOMRect;
}

/** A chart's box on the page, `top` px down the viewport. */
function boxAt(top: number, id = '') {
  const box = document.createElement('div');
  box.id = id;
  document.body.append(box);
  place(box, top);
  return box;
}

beforeEach(() => {
  frameCallbacks = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    frameCallbacks.push(callback);
    return frameCallbacks.length;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('redrawInTurn', () => {
  it('runs one redraw per frame, those in view first, then in the order they came', async () => {
    const boxes = [boxAt(900, 'below'), boxAt(100, 'in view'), boxAt(1500, 'further below')];
    const ran: string[] = [];
    for (const box of boxes) redrawInTurn(box, () => ran.push(box.id));
    expect(ran, 'nothing before a frame').toEqual([]);
    await frame();
    expect(ran).toEqual(['in view']);
    await frame();
    expect(ran).toEqual(['in view', 'below']);
    await frame();
    expect(ran).toEqual(['in view', 'below', 'further below']);
    await frame();
    expect(ran).toHaveLength(3);
  });

  it('in a hidden page, which draws no frames, runs them a task apart without waiting for one', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const ran: number[] = [];
    for (const i of [0, 1, 2]) redrawInTurn(boxAt(i * 50), () => ran.push(i));
    expect(ran).toEqual([]);
    await vi.waitFor(() => expect(ran).toEqual([0, 1, 2]));
    expect(frameCallbacks, 'no frame asked for').toEqual([]);
  });

  it('skips a cancelled redraw, and goes on after one that fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const boxes = [0, 1, 2].map((i) => boxAt(i * 50));
    const ran: number[] = [];
    redrawInTurn(boxes[0]!, () => {
      ran.push(0);
      throw new Error('a chart that cannot be drawn');
    });
    const cancel = redrawInTurn(boxes[1]!, () => ran.push(1));
    redrawInTurn(boxes[2]!, () => ran.push(2));
    cancel();
    await frame();
    await frame();
    await frame();
    expect(ran).toEqual([0, 2]);
    expect(error).toHaveBeenCalledWith('Fulcrum: redrawing a chart failed', expect.any(Error));
  });
});

/** A stand-in ResizeObserver (jsdom has none) whose answers the test gives. */
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  private readonly targets: Element[] = [];
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets.length = 0;
  }
  /** the browser reports each observed element's width */
  answer(width: number) {
    const entries = this.targets.map(
      (target) => ({ target, contentRect: { width } }) as unknown as ResizeObserverEntry,
    );
    if (entries.length > 0) this.callback(entries, this as unknown as ResizeObserver);
  }
}

describe('the charts of a hydrated copy', () => {
  beforeEach(() => {
    FakeResizeObserver.all = [];
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** A chart as the app's: its box measured by useWidth and marked CHART_BOX. */
  function Chart({ name, drawn }: { name: string; drawn: string[] }) {
    const [ref, width] = useWidth<HTMLDivElement>();
    drawn.push(`${name} at ${width}`);
    return createElement('div', { ref, ...CHART_BOX, id: name }, `${name}: ${width} px`);
  }

  it('are redrawn at their width one per frame after the take-over, not in its commit', async () => {
    const names = ['top', 'middle', 'bottom'];
    const drawn: string[] = [];
    const page = () =>
      createElement(
        'main',
        null,
        names.map((name) => createElement(Chart, { key: name, name, drawn })),
      );
    const container = document.createElement('div');
    container.innerHTML = renderToString(page());
    document.body.append(container);
    // The copy, drawn at the default width; laid out at 300 px, the bottom chart out of view.
    const copyText = container.textContent;
    expect(copyText).toContain('top: 640 px');
    names.forEach((name, i) => place(container.querySelector(`#${name}`)!, [50, 400, 1200][i]!));
    noteCopyDrawings(container);
    drawn.length = 0;
    await act(async () => {
      startTransition(() => {
        hydrateRoot(container, page());
      });
    });
    expect(drawn, 'the hydrating render only').toEqual(names.map((name) => `${name} at 640`));
    expect(container.textContent).toBe(copyText);
    // The resize observers' first answers (a frame after the commit, in a browser) leave the
    // redraws to their turns: set at once, they would redraw every chart in one task.
    await act(async () => {
      for (const observer of FakeResizeObserver.all) observer.answer(300);
    });
    expect(drawn, 'nothing redrawn by the observers').toEqual(
      names.map((name) => `${name} at 640`),
    );
    drawn.length = 0;
    await frame();
    expect(drawn).toEqual(['top at 300']);
    await frame();
    expect(drawn).toEqual(['top at 300', 'middle at 300']);
    await frame();
    expect(drawn).toEqual(['top at 300', 'middle at 300', 'bottom at 300']);
    expect(container.textContent).toBe('top: 300 pxmiddle: 300 pxbottom: 300 px');
  });

  it('a chart drawn afresh is drawn at its width before its first paint (a control)', async () => {
    const drawn: string[] = [];
    const container = document.createElement('div');
    document.body.append(container);
    const original = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function () {
      return this.id === 'fresh'
        ? ({ top: 0, bottom: 100, width: 300 } as DOMRect)
        : original.call(this);
    };
    try {
      const { createRoot } = await import('react-dom/client');
      const root = createRoot(container);
      await act(async () => root.render(createElement(Chart, { name: 'fresh', drawn })));
      expect(drawn).toEqual(['fresh at 640', 'fresh at 300']);
      expect(frameCallbacks, 'no frame waited for').toEqual([]);
      await act(async () => root.unmount());
    } finally {
      Element.prototype.getBoundingClientRect = original;
    }
  });
});
