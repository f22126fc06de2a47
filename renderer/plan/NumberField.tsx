import { useEffect, useId, useRef, useState } from 'react';
import { numberText } from './form-values';
import { checkNumber, type NumberRule } from './number-rules';

export interface NumberFieldProps {
  label: string;
  value: number | undefined;
  rule: NumberRule;
  onChange: (value: number | undefined) => void;
  /** compact layout inside a technique row */
  compact?: boolean;
  /** shown under the field while the value is valid */
  hint?: string;
}

/** A plan number that can never hold an invalid value. It is checked as typed: a valid value goes into
 *  the plan at once; an invalid one is refused with the reason at the field, and the plan goes back to
 *  the value it had when the field was entered (typing "50" passes through "5", which must not stick).
 *  The clinician's text stays until corrected, so the problem stays in view. */
export function NumberField({ label, value, rule, onChange, compact, hint }: NumberFieldProps) {
  const [text, setText] = useState(numberText(value));
  const editing = useRef(false);
  const atFocus = useRef(value);
  const justFocused = useRef(false);
  const helpId = useId();
  const inputId = useId();
  // The plan's value changed from elsewhere (undo, another plan, a template): show it.
  useEffect(() => {
    if (!editing.current) setText(numberText(value));
  }, [value]);
  const check = checkNumber(text, rule);
  const change = (next: string): void => {
    setText(next);
    const c = checkNumber(next, rule);
    const target = c.ok ? c.value : atFocus.current;
    if (target !== value) onChange(target);
  };
  const kept =
    atFocus.current === undefined ? 'no value' : `${numberText(atFocus.current)}${rule.unit ? ` ${rule.unit}` : ''}`;
  return (
    // The problem text sits outside the label so it is the field's description, not part of its name.
    <div className={`field number-field${compact ? ' compact' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={!check.ok}
        aria-describedby={helpId}
        onChange={(e) => change(e.target.value)}
        onFocus={(e) => {
          atFocus.current = value;
          editing.current = true;
          justFocused.current = true;
          e.currentTarget.select();
        }}
        // a click's mouseup would undo the select-all that lets typing replace the old value
        onMouseUp={(e) => {
          if (justFocused.current) e.preventDefault();
          justFocused.current = false;
        }}
        onBlur={() => {
          editing.current = false;
        }}
      />
      {!check.ok ? (
        <small id={helpId} className="field-error" role="alert">
          {check.problem} Not saved: the plan keeps {kept}.
        </small>
      ) : hint ? (
        <small id={helpId} className="muted field-hint">
          {hint}
        </small>
      ) : (
        <span id={helpId} hidden />
      )}
    </div>
  );
}
