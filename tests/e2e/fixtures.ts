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
    await use(page);
    expect(foreignRequests, 'requests to other hosts').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect };

export async function expectNoAxeViolations(page: Page) {
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
