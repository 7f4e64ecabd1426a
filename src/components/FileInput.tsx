import { useState, type ChangeEvent, type Ref } from 'react';
import { useT } from '@/i18n/fastT';
import './fileInput.css';

interface FileInputProps {
  id: string;
  /** the visible text of the button that opens the file picker ("Choose a file…" unless given) */
  button?: string;
  /** the field's visible name above the button ("Data set file (JSON or CSV)"); without it, the button's text names the field */
  label?: string;
  /** classes for the visible name */
  labelClassName?: string;
  accept: string;
  name?: string;
  /** ids of texts that describe the field (a hint, a limit) */
  describedBy?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * A file field in the page's language, instead of the browser's own "Choose File / No file
 * chosen": the real input, visually hidden but focusable and labelled (Space or Enter opens the
 * picker), drawn as a button, and beside it the chosen file's name or "no file chosen". The
 * name stays after the handler clears the input (so the same file can be chosen again).
 */
export function FileInput({
  id,
  button,
  label,
  labelClassName,
  accept,
  name,
  describedBy,
  disabled,
  inputRef,
  onChange,
}: FileInputProps) {
  const t = useT('common');
  const [fileName, setFileName] = useState<string | null>(null);
  const labelId = `${id}-name`;
  const buttonId = `${id}-button`;
  const chosenId = `${id}-chosen`;
  return (
    <div className="file-input">
      {label && (
        <span id={labelId} className={labelClassName}>
          {label}
        </span>
      )}
      <span className="file-input-row">
        <input
          ref={inputRef}
          id={id}
          className="file-input-control"
          type="file"
          name={name}
          accept={accept}
          aria-labelledby={label ? `${labelId} ${buttonId}` : undefined}
          aria-describedby={describedBy ? `${chosenId} ${describedBy}` : chosenId}
          disabled={disabled}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) setFileName(file.name);
            onChange(e);
          }}
        />
        <label id={buttonId} htmlFor={id} className="button file-input-button">
          {button ?? t('file.choose')}
        </label>
        <span id={chosenId} className="file-input-chosen">
          {fileName ?? t('file.none')}
        </span>
      </span>
    </div>
  );
}
