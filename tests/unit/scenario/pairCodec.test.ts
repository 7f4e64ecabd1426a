import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import {
  decodeScenarioPair,
  encodeScenarioPair,
  hasScenarioPair,
  readPastedLink,
  sideLinkParams,
  withPairParams,
  type PairSide,
} from '@/scenario/pairCodec';
import { baselineFullScenario } from '@/scenario/sliders';
import {
  decodeScenario,
  encodeScenario,
  isScenarioParam,
  presetScenario,
} from '@/scenario/urlCodec';
import { scenarioArb } from './scenarioArb';

const presetIds = dataset.presets.map((p) => p.id);

/** A side: an arbitrary scenario, from a preset or not, with a name or none. */
const sideArb = fc
  .record({
    scenario: scenarioArb(dataset, 8),
    presetId: fc.option(fc.constantFrom(...presetIds), { nil: null }),
    name: fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 40 })),
  })
  .map(({ scenario, presetId, name }) => ({ scenario: { ...scenario, name }, presetId }));

/** What the one-scenario codec gives back for a side: the pair codec must give the same. */
const viaOneCodec = (side: { scenario: object; presetId: string | null }) =>
  decodeScenario(dataset, encodeScenario(dataset, side.scenario, side.presetId));

describe('the two-scenario codec', () => {
  it('round-trips any two scenarios: each side as the one-scenario codec reads it, nothing reported', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (a, b) => {
        const params = encodeScenarioPair(dataset, a, b);
        for (const input of [params, `?${params.toString()}`]) {
          const pair = decodeScenarioPair(dataset, input);
          for (const [side, given] of [
            [pair.a, a],
            [pair.b, b],
          ] as const) {
            const expected = viaOneCodec(given);
            expect(side).not.toBeNull();
            expect(side!.scenario).toEqual(expected.scenario);
            expect(side!.presetId).toBe(expected.presetId);
            expect(side!.ignored).toEqual([]);
            expect(side!.adjusted).toEqual([]);
          }
          // a decoded pair written again is the same address (a fixed point)
          const again = encodeScenarioPair(
            dataset,
            { scenario: pair.a!.scenario, presetId: pair.a!.presetId },
            { scenario: pair.b!.scenario, presetId: pair.b!.presetId },
          );
          expect(again.toString()).toBe(params.toString());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings, and every side it reads is a scenario', () => {
    const junk = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc
        .array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom('a.', 'b.', 'a.o.', 'b.w.', 'a.p', 'b.v', 'a.opt.', 'b.iw.', 'a.n'),
              fc.string({ maxLength: 12 }),
            ),
            fc.string({ unit: 'binary', maxLength: 30 }),
            fc.string({ maxLength: 30 }),
          ),
          { maxLength: 20 },
        )
        .map((parts) =>
          parts
            .map(([prefix, name, value]) => `${prefix}${name}=${encodeURIComponent(value)}`)
            .join('&'),
        ),
    );
    fc.assert(
      fc.property(junk, (text) => {
        const pair = decodeScenarioPair(dataset, text);
        for (const side of [pair.a, pair.b])
          if (side) {
            expect(typeof side.scenario.name).toBe('string');
            for (const problem of [...side.ignored, ...side.adjusted])
              expect(problem.param).toMatch(/^[ab]\./);
          }
        expect(() => hasScenarioPair(text)).not.toThrow();
        expect(() => withPairParams(text, dataset, {})).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('writes only what differs from each base, each side with its version', () => {
    const preset = presetIds[0]!;
    const params = encodeScenarioPair(
      dataset,
      { scenario: presetScenario(dataset, preset)!, presetId: preset },
      { scenario: { ...baselineFullScenario(dataset), overrides: { 'KG.CN.debt_share': 40 } } },
    );
    expect(params.toString()).toBe(`a.p=${preset}&a.v=1&b.o.KG.CN.debt_share=40&b.v=1`);
    // the baseline is still named
    expect(encodeScenarioPair(dataset, { scenario: {} }, { scenario: {} }).toString()).toBe(
      'a.v=1&b.v=1',
    );
  });

  it('leaves the working scenario and other params alone, and replaces only the sides given', () => {
    const current = '?lang=ru&o.KG.CN.debt_share=60&a.v=1&b.o.TJ.CN.debt_share=10&b.v=1';
    const next = withPairParams(current, dataset, {
      a: { scenario: { overrides: { 'KG.CN.debt_share': 40 } } },
    });
    expect(next.get('lang')).toBe('ru');
    expect(next.get('o.KG.CN.debt_share')).toBe('60');
    expect(next.get('a.o.KG.CN.debt_share')).toBe('40');
    expect(next.get('b.o.TJ.CN.debt_share')).toBe('10');
    // the one-scenario codec does not see the pair
    expect(decodeScenario(dataset, next).ignored).toEqual([]);
    expect(decodeScenario(dataset, next).scenario.overrides['KG.CN.debt_share']).toBe(60);
  });

  it('reports hostile params under their prefix, and adjusts values as a one-scenario link does', () => {
    const pair = decodeScenarioPair(
      dataset,
      'a.o.KG.CN.debt_share=400&a.p=nope&b.bogus=1&b.lang=ru&b.v=1&c.o.x=1',
    );
    expect(pair.a!.scenario.overrides['KG.CN.debt_share']).toBe(100);
    expect(pair.a!.adjusted.map((x) => x.param)).toEqual(['a.o.KG.CN.debt_share']);
    expect(pair.a!.ignored.map((x) => [x.param, x.code])).toEqual([['a.p', 'unknown-preset']]);
    expect(pair.b!.ignored.map((x) => [x.param, x.code])).toEqual([
      ['b.bogus', 'unknown-param'],
      ['b.lang', 'unknown-param'],
    ]);
    expect(hasScenarioPair('a.v=1')).toBe(false);
    expect(hasScenarioPair('a.v=1&b.v=1')).toBe(true);
    expect(decodeScenarioPair(dataset, 'lang=ru')).toEqual({ a: null, b: null });
  });
});

describe('a pasted link', () => {
  const inUse: { side: PairSide; datasetInUse: string } = { side: 'b', datasetInUse: 'bundled' };
  const read = (text: string, options = inUse) => readPastedLink(text, dataset, options);
  const looksLikeLink = (text: string) => /^(?:https?:\/\/|\/(?![/\\]))/i.test(text.trim());
  const linkArb = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc
      .tuple(
        fc.constantFrom(
          'https://',
          'http://',
          'HTTPS://',
          '/',
          '//',
          '/\\',
          'ftp://',
          'javascript:',
          '',
        ),
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.constantFrom('?', '?o.', '?a.', '?b.', '?v', '?dataset=', '#', ''),
        fc.string({ unit: 'binary', maxLength: 60 }),
      )
      .map((parts) => parts.join('')),
  );

  it('never throws on arbitrary strings, and is never ok for what is not a link with a scenario', () => {
    fc.assert(
      fc.property(linkArb, fc.constantFrom('a' as const, 'b' as const), (text, side) => {
        const result = read(text, { side, datasetInUse: 'bundled' });
        if (!result.ok) {
          expect(['not-a-link', 'other-dataset', 'pair-without-side']).toContain(result.reason);
          return;
        }
        // what it accepts is an http(s) link or a path of this site, holding a scenario param
        expect(looksLikeLink(text)).toBe(true);
        const names = [...new URL(text.trim(), 'https://x.invalid').searchParams.keys()];
        expect(names.some((n) => isScenarioParam(n.replace(/^[ab]\./, '')))).toBe(true);
        expect(typeof result.decoded.scenario.name).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses junk: plain words, other schemes, other hosts by a path, links with no scenario', () => {
    for (const text of [
      '',
      '   ',
      'hello',
      'o.KG.CN.debt_share=40',
      '?o.KG.CN.debt_share=40',
      'example.org/?o.KG.CN.debt_share=40',
      'ftp://example.org/?o.KG.CN.debt_share=40',
      'javascript:alert(1)//?o.KG.CN.debt_share=40',
      '//evil.example/?o.KG.CN.debt_share=40',
      '/\\evil.example/?o.KG.CN.debt_share=40',
      'https://',
      'https://example.org/country/KG',
      'https://example.org/?lang=ru&utm_source=x',
      '/compare?a=KG&b=KZ',
    ])
      expect(read(text), text).toEqual({ ok: false, reason: 'not-a-link' });
  });

  it('reads an absolute link or a path of this site into the scenario it holds', () => {
    for (const text of [
      'https://example.org/country/KG?o.KG.CN.debt_share=55&n=Pasted',
      '  /country/KG?o.KG.CN.debt_share=55&n=Pasted&lang=ru  ',
      'http://localhost:5173/?n=Pasted&o.KG.CN.debt_share=55#top',
    ]) {
      const result = read(text);
      expect(result.ok, text).toBe(true);
      if (!result.ok) continue;
      expect(result.decoded.scenario.overrides).toEqual({ 'KG.CN.debt_share': 55 });
      expect(result.decoded.scenario.name).toBe('Pasted');
      expect(result.decoded.ignored).toEqual([]);
    }
    const preset = presetIds[0]!;
    const withPreset = read(
      `/?${encodeScenario(dataset, presetScenario(dataset, preset)!, preset)}`,
    );
    expect(withPreset.ok && withPreset.decoded.presetId).toBe(preset);
    // what it could not use is reported, as for a link in the address
    const partly = read('/?o.KG.CN.debt_share=55&o.nope=1');
    expect(partly.ok && partly.decoded.ignored.map((x) => x.param)).toEqual(['o.nope']);
  });

  it('refuses a link made with another data set, naming both', () => {
    expect(read('/?o.KG.CN.debt_share=55&dataset=d-0123abcd')).toEqual({
      ok: false,
      reason: 'other-dataset',
      linked: 'd-0123abcd',
      inUse: 'bundled',
    });
    expect(read('/?o.KG.CN.debt_share=55', { side: 'a', datasetInUse: 'd-0123abcd' })).toEqual({
      ok: false,
      reason: 'other-dataset',
      linked: 'bundled',
      inUse: 'd-0123abcd',
    });
    // the same data set, named or (for the bundled one) not
    expect(read('/?o.KG.CN.debt_share=55&dataset=bundled').ok).toBe(true);
    expect(
      read('/?o.KG.CN.debt_share=55&dataset=d-0123abcd', {
        side: 'a',
        datasetInUse: 'd-0123abcd',
      }).ok,
    ).toBe(true);
  });

  it("takes a comparison link's params under the side's own prefix, or refuses it", () => {
    const pairLink = `https://example.org/versus?o.TJ.CN.debt_share=10&${encodeScenarioPair(
      dataset,
      { scenario: { name: 'Railway', overrides: { 'KG.CN.debt_share': 40 } } },
      { scenario: { name: 'Security heavy', dimensionWeights: { security: 2 } } },
    )}&b.bogus=1`;
    const a = read(pairLink, { side: 'a', datasetInUse: 'bundled' });
    expect(a.ok && a.decoded.scenario.name).toBe('Railway');
    expect(a.ok && a.decoded.scenario.overrides).toEqual({ 'KG.CN.debt_share': 40 });
    expect(a.ok && a.decoded.ignored).toEqual([]);
    const b = read(pairLink, { side: 'b', datasetInUse: 'bundled' });
    expect(b.ok && b.decoded.scenario.name).toBe('Security heavy');
    expect(b.ok && b.decoded.scenario.dimensionWeights.security).toBe(2);
    expect(b.ok && b.decoded.ignored.map((x) => x.param)).toEqual(['b.bogus']);
    // a comparison link that names no scenario B: not read as its working scenario instead
    expect(read('/versus?o.TJ.CN.debt_share=10&a.v=1', inUse)).toEqual({
      ok: false,
      reason: 'pair-without-side',
      side: 'b',
    });
  });
});

describe("a side's own link", () => {
  it('keeps lang and dataset, drops both sides and the working scenario, writes the side alone', () => {
    const current =
      '?lang=ru&dataset=d-0123abcd&o.TJ.CN.debt_share=10&a.o.KG.CN.debt_share=40&a.v=1&b.v=1';
    const side = { scenario: { name: 'Railway', overrides: { 'KG.CN.debt_share': 40 } } };
    const params = sideLinkParams(current, dataset, side);
    expect(params.get('lang')).toBe('ru');
    expect(params.get('dataset')).toBe('d-0123abcd');
    expect([...params.keys()].filter((k) => /^[ab]\./.test(k))).toEqual([]);
    expect(params.get('o.TJ.CN.debt_share')).toBeNull();
    const decoded = decodeScenario(dataset, params);
    expect(decoded.scenario).toEqual(viaOneCodec({ ...side, presetId: null }).scenario);
    expect(decoded.ignored).toEqual([]);
    // and a pasted copy of it reads back the same side
    const pasted = readPastedLink(`/?${params}`, dataset, {
      side: 'a',
      datasetInUse: 'd-0123abcd',
    });
    expect(pasted.ok && pasted.decoded.scenario).toEqual(decoded.scenario);
  });
});
