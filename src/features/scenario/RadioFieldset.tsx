import { useId, type ReactNode } from 'react';

interface RadioFieldsetProps {
  legend: ReactNode;
  choices: readonly { value: string; label: ReactNode }[];
  /** the value chosen now */
  selected: string | number | undefined;
  onChoose: (value: string) => void;
  className: string;
  choiceClassName: string;
  /** marks the group as moved away from its baseline */
  changed?: boolean;
  /** shown after the choices (a note, the sources) */
  children?: ReactNode;
}

/** A group of radio buttons under a legend: one choice among a few. */
export function RadioFieldset({
  legend,
  choices,
  selected,
  onChoose,
  className,
  choiceClassName,
  changed = false,
  children,
}: RadioFieldsetProps) {
  const name = useId();
  return (
    <fieldset className={className} data-changed={changed ? 'true' : undefined}>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className={choiceClassName}>
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={selected === c.value}
            onChange={() => onChoose(c.value)}
          />
          {c.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
