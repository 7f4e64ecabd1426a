/**
 * One classic script (an IIFE, no module, no chunk of its own to fetch) bundled from a piece
 * of source: the prerender's first-paint script (scripts/prerender.ts, src/app/firstPaint.ts).
 * Apart so it can be tested (tests/unit/app/prerender.test.ts).
 */
import { resolve } from 'node:path';
import { build, type InlineConfig, type Rolldown } from 'vite';

const ENTRY = '\0fulcrum-classic-script';

/**
 * The build of `source` (an entry module's text; it may import the app's modules, `@/`
 * included) into one minified classic script. Only what the entry calls is kept: the modules
 * it imports are taken as free of side effects.
 */
export function classicScriptConfig(source: string): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': resolve('src') } },
    plugins: [
      {
        name: 'fulcrum:classic-script-entry',
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? source : null),
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      rolldownOptions: {
        input: ENTRY,
        // One script: an import() in what it bundles is inlined, never split into a chunk of
        // its own, which the bundler refuses for an IIFE. Vite 8 defaults to this for an IIFE
        // only while nothing sets `codeSplitting`: said here, it holds whatever the defaults.
        output: { format: 'iife', codeSplitting: false },
        // Only what the entry calls: src/i18n's message loaders and i18next stay out.
        treeshake: { moduleSideEffects: (id) => id === ENTRY },
      },
    },
  };
}

/** The code of `source` bundled as one classic script (classicScriptConfig). */
export async function bundleClassicScript(source: string): Promise<string> {
  const output = (await build(classicScriptConfig(source))) as Rolldown.RolldownOutput;
  if (output.output.length !== 1) throw new Error('classic script: more than one file');
  return output.output[0].code;
}
