// Under the how-to-locate steps: what the centimetres rest on (the plan's measured patient), or how to
// get them; and the finger-cun cross-check, with the patient's B-cun at this point beside it.
import { FINGER_CUN } from '../../points/location/finger-cun';
import type { PatientCunTable } from '../../points/location/patient-cun';
import { SourceRefs } from './SourceRefs';

const one = (n: number): string => n.toFixed(1);

export function PatientCunNote({ table, scale }: { table: PatientCunTable | undefined; scale: string | undefined }) {
  const here = table && scale ? table.cunCm(scale) : undefined;
  return (
    <>
      {table ? (
        <p className="muted patient-cun" data-patient-cun="measured">
          Centimetres for this patient: {table.summary}.
        </p>
      ) : (
        <p className="muted patient-cun" data-patient-cun="none">
          For centimetres, enter the patient's height or one measured segment in the plan's Patient section.
        </p>
      )}
      <details className="finger-cun">
        <summary>Cross-check with the patient's fingers (finger-cun)</summary>
        <ul>
          {FINGER_CUN.measures.map((m) => (
            <li key={m.name}>
              <strong>{m.name}</strong> ≈ {m.cun} cun: {m.how}
              {here && (
                <>
                  {' '}
                  — here {m.cun} B-cun ≈ {one(m.cun * here.cm)} cm on this patient
                </>
              )}
              .
            </li>
          ))}
        </ul>
        <p className="caution-note">
          {FINGER_CUN.caution} <span className="muted">({FINGER_CUN.evidence})</span>{' '}
          <SourceRefs sources={FINGER_CUN.sources} />
        </p>
      </details>
    </>
  );
}
