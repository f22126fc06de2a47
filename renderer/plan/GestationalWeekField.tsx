import { NumberField } from './NumberField';
import { usePlanStore } from './plan-store';

/** Completed weeks of pregnancy. Unknown is allowed: the safety check then assumes the strictest stage. */
export function GestationalWeekField() {
  const week = usePlanStore((s) => s.plan.patient.gestationalWeek);
  const dispatch = usePlanStore((s) => s.dispatch);
  return (
    <div className="gestational-week">
      <NumberField
        label="Gestational week"
        value={week}
        rule={{ what: 'The gestational week', min: 1, max: 42, integer: true, unit: 'weeks' }}
        hint={
          week === undefined
            ? 'Unknown: the safety check assumes the strictest stage.'
            : `Week ${week}: stage-dependent cautions use it.`
        }
        onChange={(gestationalWeek) => dispatch({ type: 'set-patient', patch: { gestationalWeek } })}
      />
    </div>
  );
}
