/**
 * The note beside a tilt's words when its two sides rest on unequal data ("compares unequal
 * data: no Russian data for digital"; see src/lib/leanText.ts basisNote); nothing when the
 * sides rest on the same data.
 */
export function TiltBasisNote({ text }: { text: string }) {
  return text ? (
    <span className="tilt-basis-note" data-role="tilt-basis-note">
      {` (${text})`}
    </span>
  ) : null;
}
