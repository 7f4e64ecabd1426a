// What the browser benches share: building into a folder, serving it with `vite preview`,
// and the Chromium the tests use.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

/**
 * The first of the benches' ports (FULCRUM_BENCH_PORT, default 4391): browser.ts serves on it,
 * +1 and +4, bundle.ts on +2, lighthouse.ts on +3, startup.ts on +5. Set it to run beside another bench on the
 * same machine.
 */
export const BENCH_PORT = Number(process.env.FULCRUM_BENCH_PORT ?? 4391);
if (!Number.isInteger(BENCH_PORT) || BENCH_PORT < 1024 || BENCH_PORT > 65_531) {
  throw new Error(
    `FULCRUM_BENCH_PORT must be a port from 1024 to 65531, not "${process.env.FULCRUM_BENCH_PORT}"`,
  );
}

/** The flags of playwright.config.ts: no GPU, no background traffic to other hosts. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** `vite build` with extra arguments (a root, an --outDir…); throws when it fails. */
export function build(args: string[] = []) {
  const result = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn', ...args], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

/** `vite preview` on 127.0.0.1:port (of dist/, or of --outDir in `extra`). */
export function startPreview(port: number, extra: string[] = []): ChildProcess {
  return spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...extra],
    { stdio: 'ignore' },
  );
}

export async function waitForServer(url: string, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}
