// The body control over the 3D view: sex and build of the body shown. Where the open plan's patient
// records them, the control shows the plan's choice and is locked (change it in the plan's Patient
// section); otherwise the clinician switches freely. A body being loaded, or one that failed, is said here.
import type { BuildName, Sex } from '../../models/body/params';
import { BODY_BUILDS, BODY_SEXES, type BodyVariant, variantLabel } from '../../models/body/variants';
import { useBodyChoice } from '../data/body-choice';
import { useBodyInUse } from '../data/useBodyInUse';

const SEX_TEXT: Record<Sex, string> = { female: 'Female', male: 'Male' };
const BUILD_TEXT: Record<BuildName, string> = { slim: 'Slim', average: 'Average', broad: 'Broad' };
const FROM_PLAN = "Set by the plan's patient — change it in the plan's Patient section";

export interface BodyPickerProps {
  /** the variant on screen */
  shown: string;
  wanted: BodyVariant;
  error?: Error;
}

export function BodyPicker({ shown, wanted, error }: BodyPickerProps) {
  const { sexFromPlan, buildFromPlan } = useBodyInUse();
  const setChoice = useBodyChoice((s) => s.set);
  const loading = shown !== wanted.id && !error;
  return (
    <div className="body-picker" role="group" aria-label="Body shown" data-body-wanted={wanted.id}>
      <span className="body-picker-title">Body</span>
      <select
        aria-label="Body sex"
        value={wanted.sex}
        disabled={sexFromPlan}
        title={sexFromPlan ? FROM_PLAN : 'Body shown: sex'}
        onChange={(e) => setChoice({ sex: e.target.value as Sex })}
      >
        {BODY_SEXES.map((s) => (
          <option key={s} value={s}>
            {SEX_TEXT[s]}
          </option>
        ))}
      </select>
      <select
        aria-label="Body build"
        value={wanted.build}
        disabled={buildFromPlan}
        title={buildFromPlan ? FROM_PLAN : 'Body shown: build'}
        onChange={(e) => setChoice({ build: e.target.value as BuildName })}
      >
        {BODY_BUILDS.map((b) => (
          <option key={b} value={b}>
            {BUILD_TEXT[b]}
          </option>
        ))}
      </select>
      {(sexFromPlan || buildFromPlan) && (
        <span className="muted" title={FROM_PLAN}>
          · from the plan
        </span>
      )}
      {loading && (
        <span className="body-picker-loading" role="status">
          Loading the {variantLabel(wanted)} body…
        </span>
      )}
      {error && (
        <span className="body-picker-error" role="alert">
          Could not load the {variantLabel(wanted)} body ({error.message}); still showing the previous body.
        </span>
      )}
    </div>
  );
}
