// The body the app shows now: the open plan's patient, then the viewer's control (see body-choice.ts).
import { useMemo } from 'react';
import { usePlanStore } from '../plan/plan-store';
import { bodyFor, type BodyInUse, useBodyChoice } from './body-choice';

export function useBodyInUse(): BodyInUse {
  const sex = usePlanStore((s) => s.plan.patient.sex);
  const build = usePlanStore((s) => s.plan.patient.build);
  const manualSex = useBodyChoice((s) => s.sex);
  const manualBuild = useBodyChoice((s) => s.build);
  return useMemo(
    () => bodyFor({ sex, build }, { sex: manualSex, build: manualBuild }),
    [sex, build, manualSex, manualBuild],
  );
}
