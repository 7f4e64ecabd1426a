import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

/**
 * Records every Content-Security-Policy violation the page reports, across navigations (the
 * binding outlives each document; the listener is installed in every new one).
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('__fulcrumCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __fulcrumCspViolation: (text: string) => void })
        .__fulcrumCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  return violations;
}

/**
 * A page that records console errors, Content-Security-Policy violations and every request
 * to a host other than the app's own; each test ends by asserting there were none.
 */
export const test = base.extend<{
  guarded: Page;
  foreignRequests: string[];
  consoleErrors: string[];
}>({
  foreignRequests: async ({}, use) => {
    await use([]);
  },
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  guarded: async ({ page, baseURL, foreignRequests, consoleErrors }, use) => {
    const origin = new URL(baseURL!).origin;
    const cspViolations = await recordCspViolations(page);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) foreignRequests.push(url);
    });
    page.on('console', (message) => {
      // A copy that React could not hydrate is rendered afresh (main.tsx warns): a defect.
      if (message.type() === 'error' || message.text().startsWith('Fulcrum: hydration fell back')) {
        consoleErrors.push(message.text());
      }
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    // `/` is prerendered (the English baseline page) and the app takes it over once its
    // scripts run: a test must read the app, not the prerender, after every load.
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await waitForApp(page);
      return response;
    };
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await waitForApp(page);
      return response;
    };
    await use(page);
    expect(foreignRequests, 'requests to other hosts').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
    expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };

/**
 * Waits until the app has taken over the prerendered page (Layout marks <html>) and has drawn
 * every chart at the width of its box: a hydrated copy's charts (drawn at a default width) are
 * redrawn one per frame after the take-over (src/components/hydration.ts, redrawInTurn).
 */
export async function waitForApp(page: Page) {
  await page.waitForSelector('html[data-app="live"]', { state: 'attached' });
  await expect.poll(() => chartsNotAtTheirWidth(page), { message: 'charts redrawn' }).toEqual([]);
}

/** The chart boxes whose image is not drawn at the box's width, as "box → drawn" (px). */
export function chartsNotAtTheirWidth(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-chart-box]'), (box) => ({
      box: Math.round(box.getBoundingClientRect().width),
      drawn: Number(box.querySelector(':scope > svg')?.getAttribute('width')),
    }))
      .filter(({ box, drawn }) => box > 0 && Math.abs(drawn - box) > 1)
      .map(({ box, drawn }) => `${box} → ${drawn}`),
  );
}

/**
 * Every axe rule on the page as it is. Legacy mode runs axe in the page itself instead of a
 * partial run per frame finished in a second blank page: the app has no frames (its CSP allows
 * no other host), and the round trip of every node's result cost more than the rules on the long
 * pages. Only violations are collected in full. /methodology: 18.0 s → 7.4 s, /country/KG
 * 12.2 s → 5.3 s (same rules, same violations; measured with both cores busy).
 */
export async function expectNoAxeViolations(page: Page) {
  await waitForApp(page);
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}
