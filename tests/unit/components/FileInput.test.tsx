// @vitest-environment jsdom
// A file field in the page's language (src/components/FileInput.tsx): a visible button naming
// it, the real input labelled and reachable by keyboard, and the chosen file's name or "none".
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { FileInput } from '@/components/FileInput';
import { createI18n, type Language } from '@/i18n';

function renderField(language: Language, props: { label?: string; button?: string } = {}) {
  const onChange = vi.fn((e: React.ChangeEvent<HTMLInputElement>) => {
    // as the pages do: cleared at once, so the same file can be chosen again
    e.currentTarget.value = '';
  });
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <p id="hint">JSON, at most 64 KB</p>
      <FileInput id="f" accept=".json" describedBy="hint" onChange={onChange} {...props} />
    </I18nextProvider>,
  );
  return onChange;
}

describe('FileInput', () => {
  it('is named by its visible label and button, in English, and says no file is chosen', () => {
    renderField('en', { label: 'Data set file (JSON or CSV)' });
    const input = screen.getByLabelText(/^Data set file \(JSON or CSV\)/);
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleName('Data set file (JSON or CSV) Choose a file…');
    expect(input).toHaveAccessibleDescription('No file chosen JSON, at most 64 KB');
    expect(screen.getByText('Choose a file…')).toBeVisible();
  });

  it('speaks Russian on a Russian page', () => {
    renderField('ru', { label: 'Файл набора данных (JSON или CSV)' });
    const input = screen.getByLabelText(/^Файл набора данных/);
    expect(input).toHaveAccessibleName('Файл набора данных (JSON или CSV) Выбрать файл…');
    expect(screen.getByText('Файл не выбран')).toBeTruthy();
    expect(screen.queryByText(/Choose|No file/)).toBeNull();
  });

  it('without a label, its button names it', () => {
    renderField('en', { button: 'Import JSON' });
    expect(screen.getByLabelText('Import JSON')).toHaveAttribute('type', 'file');
  });

  it('is reached by Tab, and shows the chosen file’s name after the page clears the input', async () => {
    const onChange = renderField('en', { button: 'Import JSON' });
    const input = screen.getByLabelText<HTMLInputElement>('Import JSON');
    await userEvent.tab();
    expect(input).toHaveFocus();
    fireEvent.change(input, { target: { files: [new File(['{}'], 'colleague.json')] } });
    expect(onChange).toHaveBeenCalledOnce();
    expect(screen.getByText('colleague.json')).toBeTruthy();
    expect(input).toHaveAccessibleDescription('colleague.json JSON, at most 64 KB');
    expect(screen.queryByText('No file chosen')).toBeNull();
  });
});
