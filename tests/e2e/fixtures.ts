import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

/**
 * A page that records console errors and every request to a host other than the app's own;
 * each test ends by asserting there were none.
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
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) foreignRequests.push(url);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    // `/` is prerendered (the English baseline page) and the app renders over it once its
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
  },
});

export { expect };

/** Waits until the app has rendered over the prerendered page (Layout marks <html>). */
export async function waitForApp(page: Page) {
  await page.waitForSelector('html[data-app="live"]', { state: 'attached' });
}

export async function expectNoAxeViolations(page: Page) {
  await waitForApp(page);
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}
