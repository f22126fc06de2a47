import { useEffect, useState } from 'react';
import { numberText } from './form-values';
import { usePlanStore } from './plan-store';

const MIN = 1;
const MAX = 42;

/** Completed weeks of pregnancy. Unknown is allowed (the safety check then assumes the strictest stage);
 *  a value outside 1–42 or not a whole number is refused where it is typed, and the plan keeps its last valid week. */
export function GestationalWeekField() {
  const week = usePlanStore((s) => s.plan.patient.gestationalWeek);
  const dispatch = usePlanStore((s) => s.dispatch);
  const [text, setText] = useState(numberText(week));
  useEffect(() => setText(numberText(week)), [week]);
  const trimmed = text.trim();
  const n = Number(trimmed);
  const valid = trimmed === '' || (Number.isInteger(n) && n >= MIN && n <= MAX);
  const change = (value: string): void => {
    setText(value);
    const v = value.trim();
    const num = Number(v);
    if (v === '') dispatch({ type: 'set-patient', patch: { gestationalWeek: undefined } });
    else if (Number.isInteger(num) && num >= MIN && num <= MAX) dispatch({ type: 'set-patient', patch: { gestationalWeek: num } });
  };
  return (
    <label className="field gestational-week">
      <span>Gestational week</span>
      <input
        type="text" inputMode="numeric" value={text} placeholder="unknown" aria-invalid={!valid} aria-describedby="gestational-week-help"
        onChange={(e) => change(e.target.value)}
      />
      <small id="gestational-week-help" className={valid ? 'muted' : 'field-error'} role={valid ? undefined : 'alert'}>
        {valid
          ? (week === undefined ? 'Unknown: the safety check assumes the strictest stage.' : `Week ${week}: stage-dependent cautions use it.`)
          : `Enter a whole number of weeks from ${MIN} to ${MAX}, or leave empty if unknown. Not saved: the plan keeps ${week === undefined ? 'unknown' : `week ${week}`}.`}
      </small>
    </label>
  );
}
