import { scoreAgainstInterval, type Interval } from '@/model';

/**
 * The mark after a number outside its own 90% interval (" *"), explained under the chart or
 * table that shows it; '' for a number inside it.
 */
export function outsideIntervalMark(
  value: number | null,
  interval: Pick<Interval, 'low' | 'high' | 'point'> | null | undefined,
): string {
  return scoreAgainstInterval(value, interval) === 'inside' ? '' : ' *';
}
