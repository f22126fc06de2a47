import { relevantRedFlags } from '../../points/safety/red-flag-screening';
import { planKb } from './plan-kb';
import type { RedFlagAnswer } from './plan-model';
import { usePlanStore } from './plan-store';

const ANSWERS: readonly RedFlagAnswer[] = ['no', 'yes', 'unknown'];

/** Red-flag screening for the plan's condition (every red flag when no condition is chosen): any "yes"
 *  makes the safety check say "refer before treating". */
export function RedFlagSection() {
  const answers = usePlanStore((s) => s.plan.redFlags);
  const conditionId = usePlanStore((s) => s.plan.condition.id);
  const dispatch = usePlanStore((s) => s.dispatch);
  const flags = relevantRedFlags(planKb(), conditionId, answers);
  const open = flags.filter((f) => answers[f.id] === undefined).length;
  const yes = flags.filter((f) => answers[f.id] === 'yes').length;
  const summary = open > 0 ? `${open} not asked` : yes > 0 ? `all asked · ${yes} yes` : 'all asked · none yes';
  // Open while questions are unanswered or one was answered yes; once all are "no", one summary line.
  return (
    <details className="plan-section red-flags" open={open > 0 || yes > 0}>
      <summary>
        <h3>Red-flag screening</h3>{' '}
        <span className={yes > 0 ? 'error' : 'muted'} data-red-flag-summary>
          {summary}
        </span>
      </summary>
      {flags.map((f) => (
        <fieldset key={f.id} className={`red-flag${answers[f.id] === 'yes' ? ' is-yes' : ''}`}>
          <legend title={f.concern}>{f.label}</legend>
          <p className="muted small">{f.ask}</p>
          <div className="answers">
            {ANSWERS.map((a) => (
              <label key={a} className="check">
                <input
                  type="radio"
                  name={`red-flag-${f.id}`}
                  value={a}
                  checked={answers[f.id] === a}
                  onChange={() => dispatch({ type: 'answer-red-flag', id: f.id, answer: a })}
                />
                {a}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </details>
  );
}
