import type { ReactNode } from 'react';

/** A small button: its visible words, and a fuller name for assistive technology when needed. */
export function SmallButton({
  label,
  onClick,
  children,
}: {
  /** the accessible name, when the visible words alone are too short to say what it does */
  label?: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" className="button button-small" aria-label={label} onClick={onClick}>
      {children}
    </button>
  );
}
