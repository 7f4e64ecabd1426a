import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Strict Content-Security-Policy: scripts, styles, fonts and data only from the app's own
 * origin. Style attributes are allowed because charts position elements with them. The only
 * inline script allowed is the prerendered pages' first-paint script (scripts/prerender.ts),
 * named by its SHA-256 (`scriptHashes`): a file of its own was one more round trip before the
 * first paint. Nothing evaluated. Written into each page (a <meta>, at build time only: Vite's
 * dev server injects an inline preamble for fast refresh) and repeated as a header by whatever
 * serves the build (`servedHeaders`).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return [
    ["default-src 'self'"],
    ["script-src 'self'", ...scriptHashes],
    ["style-src 'self'"],
    ["style-src-attr 'unsafe-inline'"],
    ["img-src 'self' data: blob:"],
    ["font-src 'self'"],
    ["connect-src 'self'"],
    ["worker-src 'self' blob:"],
    ["manifest-src 'self'"],
    ["object-src 'none'"],
    ["base-uri 'self'"],
    ["form-action 'self'"],
  ]
    .map((directive) => directive.join(' '))
    .join('; ');
}

/** A script's source as the policy names it (`'sha256-…'`). */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/;

/** The <meta> a page states its policy in. */
export function policyMetaTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

/** The policy a page states in its <meta>, or null. */
export function statedPolicy(html: string): string | null {
  return POLICY_META.exec(html)?.[1] ?? null;
}

/** The sources a policy allows scripts from (`'self'`, hashes). */
export function scriptSources(policy: string): string[] {
  return /(?:^|; )script-src ([^;]+)/.exec(policy)?.[1]?.split(' ') ?? [];
}

/** The page with `policy` in place of the one it states; throws when it states none. */
export function withPolicy(html: string, policy: string): string {
  if (!POLICY_META.test(html)) throw new Error('no Content-Security-Policy <meta> in the page');
  return html.replace(POLICY_META, () => policyMetaTag(policy));
}

/**
 * The headers a server of the build sends with every file (`vite preview`, the benchmarks'
 * server): the policy the build wrote into its pages (index.html's, with the first-paint
 * script's hash when prerendered), plus what only a header can say (framing), and two hardening
 * headers. A build whose page states none (the benchmarks' bare apps, built without this
 * project's config) is served the policy without any inline script.
 */
export function servedHeaders(outDir: string): Record<string, string> {
  const policy =
    statedPolicy(readFileSync(join(outDir, 'index.html'), 'utf8')) ?? contentSecurityPolicy();
  return {
    'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
