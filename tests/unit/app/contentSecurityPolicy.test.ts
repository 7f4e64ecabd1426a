// The Content-Security-Policy (scripts/contentSecurityPolicy.ts): what it allows, how a page
// states it, and what a server of the build repeats.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  policyMetaTag,
  scriptHash,
  servedHeaders,
  withPolicy,
} from '../../../scripts/contentSecurityPolicy';

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('the Content-Security-Policy', () => {
  it('allows scripts of its own origin only, and inline ones only by their hash', () => {
    expect(directive(contentSecurityPolicy(), 'script-src')).toEqual(["'self'"]);
    const hash = scriptHash('firstPaint(document);');
    const script = directive(contentSecurityPolicy([hash]), 'script-src');
    expect(script).toEqual(["'self'", hash]);
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    // Only scripts gain a source: every other directive is the same.
    const others = (policy: string) =>
      policy.split('; ').filter((d) => !d.startsWith('script-src'));
    expect(others(contentSecurityPolicy([hash]))).toEqual(others(contentSecurityPolicy()));
    expect(directive(contentSecurityPolicy(), 'object-src')).toEqual(["'none'"]);
  });

  it('names a script by the SHA-256 of its exact text, as browsers compute it', () => {
    // `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(scriptHash('alert(1) ')).not.toBe(scriptHash('alert(1)'));
    expect(scriptHash('é')).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });

  it("replaces a page's stated policy, and refuses a page that states none", () => {
    const page = `<head>${policyMetaTag(contentSecurityPolicy())}<title>x</title></head>`;
    const policy = contentSecurityPolicy([scriptHash('x')]);
    const replaced = withPolicy(page, policy);
    expect(replaced).toBe(`<head>${policyMetaTag(policy)}<title>x</title></head>`);
    expect(() => withPolicy('<head><title>x</title></head>', policy)).toThrow(
      /no Content-Security-Policy/,
    );
  });

  it("is served as the build's pages state it, with framing refused", () => {
    const out = mkdtempSync(join(tmpdir(), 'fulcrum-csp-'));
    try {
      const policy = contentSecurityPolicy([scriptHash('firstPaint(document);')]);
      writeFileSync(join(out, 'index.html'), `<head>${policyMetaTag(policy)}</head>`);
      expect(servedHeaders(out)).toEqual({
        'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
      // A page that states none (the benchmarks' bare apps) gets the policy without hashes.
      writeFileSync(join(out, 'index.html'), '<head></head>');
      expect(servedHeaders(out)['Content-Security-Policy']).toBe(
        `${contentSecurityPolicy()}; frame-ancestors 'none'`,
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
