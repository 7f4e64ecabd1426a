/**
 * The note beside a number shown outside its own 90% interval ("below its 90% range …:
 * the published values sit at the low end of their ranges; median of draws 49.0"); nothing
 * when the number is inside.
 */
export function IntervalNote({ text }: { text: string }) {
  return text ? (
    <span className="interval-note" data-role="interval-note">
      {` · ${text}`}
    </span>
  ) : null;
}
