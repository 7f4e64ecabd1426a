import type { ReactNode, Ref } from 'react';

interface SmallButtonProps {
  children: ReactNode;
  /** the accessible name, when the visible word alone does not say what it acts on ("Reset Tariff rate") */
  label?: string;
  onClick: () => void;
  /** classes besides "button button-small" */
  className?: string;
  disabled?: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
  /** a name to find the button by (data-action) */
  action?: string;
}

/** A small button acting on one row, entry or view (the panel's rows, a notice, a download). */
export function SmallButton({
  children,
  label,
  onClick,
  className,
  disabled,
  buttonRef,
  action,
}: SmallButtonProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      className={className ? `button button-small ${className}` : 'button button-small'}
      disabled={disabled}
      data-action={action}
      aria-label={label}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
