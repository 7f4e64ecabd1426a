import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// The lint config is a test subject: each rule here guards a layer boundary (eslint.config.js).
const root = path.resolve(import.meta.dirname, '../../..');
let eslint: ESLint;

// The first lint that imports app code walks its whole import graph for import-x/no-cycle
// (about 2.5 s on an idle machine); later lints reuse the parsed modules.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await lint(
    `import * as m from '${moduleIn('features/overview')}';\nexport const x = m;\n`,
    'src/app/probe.ts',
  );
});

/** The messages ESLint reports for `code` as if it were the file at `file` (relative to root). */
async function lint(
  code: string,
  file: string,
): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

/** An existing module in a folder under src, as an `@/` import path, so the resolver finds it. */
function moduleIn(folder: string): string {
  const file = readdirSync(path.join(root, 'src', folder))
    .filter((f) => /\.tsx?$/.test(f))
    .sort()[0];
  if (!file) throw new Error(`no module in src/${folder}`);
  return `@/${folder}/${file.replace(/\.tsx?$/, '')}`;
}

const zoneRule = 'import-x/no-restricted-paths';

describe('layer zones', () => {
  it('fails a src/lib file that imports a feature', async () => {
    const messages = await lint(
      `import * as f from '${moduleIn('features/overview')}';\nexport const x = f;\n`,
      'src/lib/probe.ts',
    );
    expect(messages).toContainEqual({
      ruleId: zoneRule,
      message: expect.stringContaining('src/lib may import the model and data only'),
    });
  });

  it('fails a src/lib file that imports scenario, a shared component or i18n', async () => {
    for (const folder of ['scenario', 'components', 'i18n']) {
      const source = moduleIn(folder);
      const messages = await lint(
        `import * as m from '${source}';\nexport const x = m;\n`,
        'src/lib/probe.ts',
      );
      expect(
        messages.map((m) => m.ruleId),
        source,
      ).toContain(zoneRule);
    }
  });

  it('lets a src/lib file import the model', async () => {
    const messages = await lint(
      `import { readTilt } from '@/model';\nexport const x = readTilt;\n`,
      'src/lib/probe.ts',
    );
    expect(messages).toEqual([]);
  });

  it('fails a src/i18n file that imports a shared component', async () => {
    const messages = await lint(
      `import * as c from '${moduleIn('components')}';\nexport const x = c;\n`,
      'src/i18n/probe.ts',
    );
    expect(messages).toContainEqual({
      ruleId: zoneRule,
      message: expect.stringContaining('src/i18n may import lib and the model only'),
    });
  });

  it('lets a src/i18n file import lib', async () => {
    const messages = await lint(
      `import * as m from '${moduleIn('lib')}';\nexport const x = m;\n`,
      'src/i18n/probe.ts',
    );
    expect(messages).toEqual([]);
  });

  it('fails a feature that imports another feature', async () => {
    const messages = await lint(
      `import * as f from '${moduleIn('features/compare')}';\nexport const x = f;\n`,
      'src/features/overview/probe.ts',
    );
    expect(messages).toContainEqual({
      ruleId: zoneRule,
      message: expect.stringContaining('Features do not import each other'),
    });
  });

  it('fails the CLI importing a view', async () => {
    const messages = await lint(
      `import * as f from '${moduleIn('features/overview')}';\nexport const x = f;\n`,
      'src/cli/probe.ts',
    );
    expect(messages.map((m) => m.ruleId)).toContain(zoneRule);
  });
});

describe('a pure model', () => {
  it('fails a src/model file that imports React', async () => {
    const messages = await lint(
      `import { useState } from 'react';\nexport const x = useState;\n`,
      'src/model/probe.ts',
    );
    expect(messages).toContainEqual({
      ruleId: 'no-restricted-imports',
      message: expect.stringContaining('src/model is pure: no React'),
    });
  });

  it('fails a src/model file that imports from the app, by alias or by relative path', async () => {
    for (const source of ['@/lib/format', '../lib/format']) {
      const messages = await lint(
        `import { formatScore } from '${source}';\nexport const x = formatScore;\n`,
        'src/model/probe.ts',
      );
      expect(
        messages.map((m) => m.ruleId),
        source,
      ).toContain('no-restricted-imports');
      expect(messages, source).toContainEqual({
        ruleId: zoneRule,
        message: expect.stringContaining('src/model is pure'),
      });
    }
  });

  it('fails a src/model file that reads the browser', async () => {
    const messages = await lint(
      `export const x = () => localStorage.getItem('k');\n`,
      'src/model/probe.ts',
    );
    expect(messages.map((m) => m.ruleId)).toContain('no-restricted-globals');
  });

  it('lets a src/model file import another model file', async () => {
    const messages = await lint(
      `import { DIMENSIONS } from './types';\nexport const x = DIMENSIONS;\n`,
      'src/model/probe.ts',
    );
    expect(messages).toEqual([]);
  });
});

describe('charts are hand-drawn', () => {
  it('fails a component that imports recharts; the bench twin may', async () => {
    const code = `import { BarChart } from 'recharts';\nexport const x = BarChart;\n`;
    const component = await lint(code, 'src/components/probe.tsx');
    expect(component.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const bench = await lint(code, 'tests/bench/bare-recharts/probe.tsx');
    expect(bench.map((m) => m.ruleId)).not.toContain('no-restricted-imports');
  });
});

describe('import cycles', () => {
  // second.ts (on disk) imports first.ts; the text below makes first.ts import second.ts back.
  const first = 'tests/fixtures/lint/cycle/first.ts';

  it('fails two modules that import each other', async () => {
    const messages = await lint(
      `import { second } from './second';\nexport const first = second;\n`,
      first,
    );
    expect(messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });

  it('allows a cycle made only of type imports, which vanish at runtime', async () => {
    const messages = await lint(
      `import type { second } from './second';\nexport const first: typeof second = 1;\n`,
      first,
    );
    expect(messages).toEqual([]);
  });

  it('passes the fixture as it is on disk, without the cycle', async () => {
    const [result] = await eslint.lintFiles([path.join(root, first)]);
    expect(result?.messages).toEqual([]);
  });
});
