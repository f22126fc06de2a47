import { NumberField } from './NumberField';
import { usePlanStore } from './plan-store';

/** Session length, course of treatment (sessions × per week) and the next appointment (printed on the
 *  patient handout). Each number is checked as typed. */
export function SessionSection() {
  const minutes = usePlanStore((s) => s.plan.sessionMinutes);
  const course = usePlanStore((s) => s.plan.course);
  const next = usePlanStore((s) => s.plan.nextAppointment);
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
        <NumberField
          label="Session (min)"
          value={minutes}
          rule={{ what: 'Session length', min: 5, max: 240, integer: true, unit: 'minutes' }}
          onChange={(sessionMinutes) => dispatch({ type: 'set-session', sessionMinutes, course })}
        />
        <NumberField
          label="Sessions"
          value={course?.sessions}
          rule={{ what: 'The number of sessions', min: 1, max: 100, integer: true }}
          onChange={(sessions) => setCourse(sessions, course?.perWeek ?? 1)}
        />
        <NumberField
          label="Per week"
          value={course?.perWeek}
          rule={{ what: 'Sessions per week', min: 0.25, max: 7 }}
          onChange={(perWeek) => setCourse(course?.sessions ?? 1, perWeek)}
        />
      </div>
      <label className="field">
        <span>Next appointment</span>
        <input
          type="datetime-local"
          value={next ?? ''}
          step={60}
          onChange={(e) =>
            dispatch({ type: 'set-fields', patch: { nextAppointment: e.target.value.slice(0, 16) || undefined } })
          }
        />
      </label>
    </section>
  );
}
