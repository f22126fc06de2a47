import { numberText, optionalNumber } from './form-values';
import { usePlanStore } from './plan-store';

/** Session length and course of treatment (sessions × per week). */
export function SessionSection() {
  const minutes = usePlanStore((s) => s.plan.sessionMinutes);
  const course = usePlanStore((s) => s.plan.course);
  const dispatch = usePlanStore((s) => s.dispatch);
  const setCourse = (sessions: number | undefined, perWeek: number | undefined): void => {
    // The course is stored only when both numbers are given (the schema needs both).
    const next = sessions !== undefined && perWeek !== undefined ? { sessions, perWeek } : undefined;
    dispatch({ type: 'set-session', sessionMinutes: minutes, course: next });
  };
  return (
    <section className="plan-section" aria-labelledby="plan-session">
      <h3 id="plan-session">Session and course</h3>
      <div className="field-row">
        <label className="field">
          <span>Session (min)</span>
          <input
            type="number" min={5} max={240} step={5} value={numberText(minutes)}
            onChange={(e) => dispatch({ type: 'set-session', sessionMinutes: optionalNumber(e.target.value), course })}
          />
        </label>
        <label className="field">
          <span>Sessions</span>
          <input type="number" min={1} max={100} step={1} value={numberText(course?.sessions)} onChange={(e) => setCourse(optionalNumber(e.target.value), course?.perWeek ?? 1)} />
        </label>
        <label className="field">
          <span>Per week</span>
          <input type="number" min={0.25} max={7} step={0.5} value={numberText(course?.perWeek)} onChange={(e) => setCourse(course?.sessions ?? 1, optionalNumber(e.target.value))} />
        </label>
      </div>
    </section>
  );
}
