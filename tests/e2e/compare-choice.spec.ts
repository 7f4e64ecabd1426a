import { expect, expectNoAxeViolations, test, waitForApp } from './fixtures';

// The compare view's two countries are the reader's choice, kept in the address. With the
// bundled data set's two countries, picking on one side the other side's country swaps them.
test('compare: choosing the countries, swapping, and the address', async ({ guarded: page }) => {
  await page.goto('/compare?lang=en');
  await waitForApp(page);
  const first = page.getByRole('combobox', { name: 'First country' });
  const second = page.getByRole('combobox', { name: 'Second country' });
  await expect(first).toHaveValue('KG');
  await expect(second).toHaveValue('TJ');
  await expect(page.getByTestId('scores-KG')).toBeVisible();

  // The same country on both sides is never shown: the two swap.
  await second.selectOption('KG');
  await expect(first).toHaveValue('TJ');
  await expect(second).toHaveValue('KG');
  await expect(page).toHaveURL(/[?&]a=TJ&b=KG/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tajikistan and Kyrgyzstan compared',
  );

  // The link reproduces the choice.
  await page.reload();
  await waitForApp(page);
  await expect(first).toHaveValue('TJ');
  await expect(second).toHaveValue('KG');
  await expectNoAxeViolations(page);

  // Back to the default pair: the address drops the choice.
  await first.selectOption('KG');
  await expect(second).toHaveValue('TJ');
  await expect(page).not.toHaveURL(/[?&]a=/);
});

test('compare: a hostile or unknown choice falls back to the first two', async ({
  guarded: page,
}) => {
  await page.goto('/compare?lang=en&a=%3Cimg%20src%3Dx%3E&b=KG');
  await waitForApp(page);
  await expect(page.getByRole('combobox', { name: 'First country' })).toHaveValue('KG');
  await expect(page.getByRole('combobox', { name: 'Second country' })).toHaveValue('TJ');
  await expect(page.getByTestId('scores-TJ')).toBeVisible();
});
