// @vitest-environment jsdom
// Before hydrating /analysis, the app computes what the page's first render reads (its flips,
// method choices, tornadoes and robustness specifications) in short tasks (src/app/main.tsx,
// warmFirstRender in src/app/routes.tsx), where the render computed them in one long task each.
// The render must then find them cached: computed for the very scenario object it reads.
import { matchRoutes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPrerendered } from './startPrerendered';

// The model's analyses the page's sections run, counted (and made to fail, in one test).
vi.mock('@/model', async (importOriginal) => {
  const model = await importOriginal<typeof import('@/model')>();
  return {
    ...model,
    flipFinding: vi.fn(model.flipFinding),
    tiltTornado: vi.fn(model.tiltTornado),
    methodAlternativeScenarios: vi.fn(model.methodAlternativeScenarios),
  };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** The analyses of the app's current copy (vi.resetModules makes a new one for each start). */
async function analyses() {
  const model = await import('@/model');
  return [model.flipFinding, model.tiltTornado, model.methodAlternativeScenarios].map((f) =>
    vi.mocked(f),
  );
}

/** Starts the app on the prerendered /analysis; hydrates it, counting the analyses it runs. */
async function hydrateAnalysis(options: Parameters<typeof startPrerendered>[2]) {
  const { root, heading, hydrate, warmed } = await startPrerendered('/analysis', 'en', options);
  await warmed;
  const counted = await analyses();
  for (const analysis of counted) analysis.mockClear();
  const { fellBack, unmount } = await hydrate();
  const ran = counted.reduce((sum, analysis) => sum + analysis.mock.calls.length, 0);
  const headingKept = root.querySelector('h1') === heading;
  await unmount();
  return { ran, fellBack, headingKept };
}

describe('warming /analysis before it hydrates', () => {
  it('fills the caches its first render reads: the render runs none of the analyses', async () => {
    const { ran, fellBack, headingKept } = await hydrateAnalysis({ warm: true });
    expect(ran).toBe(0);
    expect(fellBack).toEqual([]);
    expect(headingKept).toBe(true);
  });

  it('a control: without it, the render runs them, and hydrates the copy all the same', async () => {
    const { ran, fellBack, headingKept } = await hydrateAnalysis({ warm: false });
    expect(ran).toBeGreaterThan(0);
    expect(fellBack).toEqual([]);
    expect(headingKept).toBe(true);
  });

  it("yields through the browser's scheduler where there is one", async () => {
    const { routes, warmFirstRender } = await import('@/app/routes');
    const { dataset } = await import('@/data/dataset');
    const { baselineFullScenario } = await import('@/scenario/sliders');
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    const timers = vi.spyOn(globalThis, 'setTimeout');
    try {
      await warmFirstRender(
        matchRoutes(routes, '/analysis') ?? [],
        dataset,
        baselineFullScenario(dataset),
      );
      expect(yielded.mock.calls.length).toBeGreaterThan(dataset.countries.length);
      expect(timers).not.toHaveBeenCalled();
    } finally {
      timers.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  it('computes one piece a task: each flip and tornado in a task of its own', async () => {
    vi.resetModules();
    const model = await import('@/model');
    const actual = await vi.importActual<typeof import('@/model')>('@/model');
    const { routes, warmFirstRender } = await import('@/app/routes');
    const { dataset } = await import('@/data/dataset');
    const { baselineFullScenario } = await import('@/scenario/sliders');
    // Counts the tasks that ran before each analysis: a timer chain, one tick a task.
    let tasks = 0;
    let ticking = true;
    const tick = () => {
      tasks++;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const seenAt: number[] = [];
    vi.mocked(model.flipFinding).mockImplementation((...args) => {
      seenAt.push(tasks);
      return actual.flipFinding(...args);
    });
    vi.mocked(model.tiltTornado).mockImplementation((...args) => {
      seenAt.push(tasks);
      return actual.tiltTornado(...args);
    });
    await warmFirstRender(
      matchRoutes(routes, '/analysis') ?? [],
      dataset,
      baselineFullScenario(dataset),
    );
    ticking = false;
    expect(seenAt.length).toBeGreaterThan(dataset.countries.length);
    expect(new Set(seenAt).size).toBe(seenAt.length);
  });

  it('a failure in it stops nothing: the page hydrates and computes what is missing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { ran, fellBack, headingKept } = await hydrateAnalysis({
      beforeWarm: async () => {
        const [flipFinding] = await analyses();
        flipFinding!.mockImplementationOnce(() => {
          throw new Error('a failing analysis');
        });
      },
    });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/warming/), expect.any(Error));
    expect(ran).toBeGreaterThan(0);
    expect(fellBack).toEqual([]);
    expect(headingKept).toBe(true);
  });
});
