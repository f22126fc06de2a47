import { useEffect, useRef, useState } from 'react';
import { numberText } from './form-values';
import { usePlanStore } from './plan-store';

const MIN = 1;
const MAX = 42;

/** Completed weeks of pregnancy. Unknown is allowed (the safety check then assumes the strictest stage);
 *  a value outside 1–42 or not a whole number is refused where it is typed, and the plan goes back to the
 *  week it had when the field was entered (typing "50" passes through "5", which must not stick). */
export function GestationalWeekField() {
  const week = usePlanStore((s) => s.plan.patient.gestationalWeek);
  const dispatch = usePlanStore((s) => s.dispatch);
  const [text, setText] = useState(numberText(week));
  const editing = useRef(false);
  const atFocus = useRef(week);
  // The plan's week changed from elsewhere (undo, another plan opened): show it. While typing, or after
  // leaving the field with an invalid entry, the clinician's text stays so the error stays in view.
  useEffect(() => { if (!editing.current) setText(numberText(week)); }, [week]);
  const trimmed = text.trim();
  const n = Number(trimmed);
  const valid = trimmed === '' || (Number.isInteger(n) && n >= MIN && n <= MAX);
  const change = (value: string): void => {
    setText(value);
    const v = value.trim();
    const num = Number(v);
    const next = v === '' ? undefined : Number.isInteger(num) && num >= MIN && num <= MAX ? num : atFocus.current;
    if (next !== week) dispatch({ type: 'set-patient', patch: { gestationalWeek: next } });
  };
  const kept = atFocus.current;
  return (
    <label className="field gestational-week">
      <span>Gestational week</span>
      <input
        type="text" inputMode="numeric" value={text} placeholder="unknown" aria-invalid={!valid} aria-describedby="gestational-week-help"
        onChange={(e) => change(e.target.value)}
        onFocus={() => { atFocus.current = week; editing.current = true; }}
        onBlur={() => { editing.current = false; }}
      />
      <small id="gestational-week-help" className={valid ? 'muted' : 'field-error'} role={valid ? undefined : 'alert'}>
        {valid
          ? (week === undefined ? 'Unknown: the safety check assumes the strictest stage.' : `Week ${week}: stage-dependent cautions use it.`)
          : `Enter a whole number of weeks from ${MIN} to ${MAX}, or leave empty if unknown. Not saved: the plan keeps ${kept === undefined ? 'unknown' : `week ${kept}`}.`}
      </small>
    </label>
  );
}
