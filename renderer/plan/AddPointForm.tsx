import { useState, type FormEvent } from 'react';
import { toSafetyInput } from '../../electron/contract/plan-safety-input';
import { resolveCode } from '../../points/aliases';
import { findingsForPoint } from '../../points/safety/check-plan';
import { pointByCode } from '../data/knowledge';
import { planKb } from './plan-kb';
import { usePlanStore } from './plan-store';
import { stopFindings } from './stop-findings';

/** Why adding this point should be confirmed: already in the plan, or unsafe for this patient. */
function reasonsToAsk(code: string): string[] {
  const { plan } = usePlanStore.getState();
  const reasons: string[] = [];
  const at = plan.points.findIndex((p) => p.code === code);
  if (at >= 0) reasons.push(`${code} is already in the plan (point ${at + 1}).`);
  for (const f of stopFindings(findingsForPoint(planKb(), toSafetyInput(plan), code))) {
    reasons.push(`${f.severity === 'contraindicated' ? 'Contraindicated' : 'Caution'} for this patient: ${f.message}`);
  }
  return reasons;
}

/** Add a point by its code, in any convention search accepts (SJ5, UB40, Liv3, "gb 30"). A point that is
 *  already in the plan, or contraindicated or cautioned for this patient, is not added silently: the form
 *  says why and asks. Problems are said next to the field. */
export function AddPointForm() {
  const addPoint = usePlanStore((s) => s.addPoint);
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [asking, setAsking] = useState<string | undefined>();
  const reset = (): void => {
    setMessage(undefined);
    setAsking(undefined);
  };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const typed = code.trim();
    if (!typed) return;
    const resolved = resolveCode(typed);
    if (!resolved || !pointByCode(resolved)) {
      setAsking(undefined);
      return setMessage({
        text: `"${typed}" is not a point code this reference knows (try GB30, SJ5, UB40, Liv3).`,
        error: true,
      });
    }
    const reasons = asking === resolved ? [] : reasonsToAsk(resolved);
    if (reasons.length > 0) {
      setAsking(resolved);
      return setMessage({ text: `${reasons.join(' ')} Press "Add anyway" to add it.`, error: false });
    }
    addPoint(resolved);
    setCode('');
    reset();
  };
  return (
    <form className="add-point" onSubmit={submit}>
      <label className="field grow">
        <span>Add point by code</span>
        <input
          value={code}
          maxLength={16}
          placeholder="e.g. SP6, SJ5, gb 30"
          aria-invalid={message?.error ? true : undefined}
          aria-describedby="add-point-message"
          onChange={(e) => {
            setCode(e.target.value);
            reset();
          }}
        />
      </label>
      <button type="submit" className="align-end">
        {asking ? 'Add anyway' : 'Add'}
      </button>
      {message && (
        <p id="add-point-message" className={message.error ? 'error small' : 'add-point-ask small'} role="alert">
          {message.text}
        </p>
      )}
    </form>
  );
}
