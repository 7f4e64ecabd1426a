// What would flip each tilt and what moves it most: the one computation the analysis view and
// the briefing's key risks both read (and the CLI can), so the two never disagree. Values are
// searched at the precision they are shown with (formatValue's valueStep), so the value a
// sentence names really flips the tilt; rubric levels in whole levels (the model's rule).
import { valueStep } from '@/lib/format';
import type { CountryCode, FlipFinding, Prepared, TiltDimension, Tornado } from '@/model';
import { flipFinding, tiltTornado } from '@/model';

/** A flip finding of one country's tilt in one dimension. */
export interface FlipEntry {
  country: CountryCode;
  dimension: TiltDimension;
  finding: FlipFinding;
}

/** The flip finding of a country's tilt in a dimension (the model's flipFinding). */
export function flipFindingOf(
  prepared: Prepared,
  country: CountryCode,
  dimension: TiltDimension,
): FlipFinding {
  return flipFinding(prepared, country, dimension, { step: valueStep });
}

/** A country's tilt in one dimension: what a finding is of. */
interface FindingOf {
  country: CountryCode;
  dimension: TiltDimension;
}

/** Which tilts have a flip finding, in their order: every country × dimension, countries first. */
export function flipFindingOrder(
  countries: readonly CountryCode[],
  dimensions: readonly TiltDimension[],
): FindingOf[] {
  return countries.flatMap((country) => dimensions.map((dimension) => ({ country, dimension })));
}

/** One entry of flipFindings: the flip finding of a country's tilt in a dimension. */
export function flipEntryOf(
  prepared: Prepared,
  country: CountryCode,
  dimension: TiltDimension,
): FlipEntry {
  return { country, dimension, finding: flipFindingOf(prepared, country, dimension) };
}

/** One finding per country × dimension, in flipFindingOrder. */
export function flipFindings(
  prepared: Prepared,
  countries: readonly CountryCode[],
  dimensions: readonly TiltDimension[],
): FlipEntry[] {
  return flipFindingOrder(countries, dimensions).map(({ country, dimension }) =>
    flipEntryOf(prepared, country, dimension),
  );
}

/**
 * Each country's tornado of its tilt in `dimension` (one entry: the model's tiltTornado): the
 * `top` assumptions that move it most, one per country in the order given.
 */
export function tiltTornadoes(
  prepared: Prepared,
  countries: readonly CountryCode[],
  dimension: TiltDimension,
  top: number,
): Tornado[] {
  return countries.map((country) => tiltTornado(prepared, country, dimension, top));
}
