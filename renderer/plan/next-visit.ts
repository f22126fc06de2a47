// "Duplicate for next visit": the same patient, condition, points with their techniques, session, course
// and home care, dated today. What belongs to one visit starts empty: red-flag answers (asked again each
// visit), acknowledgements and referral decisions (the findings are checked afresh), and the visit notes.
import type { Plan } from '../../electron/contract/plan';
import { localDate } from './plan-model';

export function nextVisit(plan: Plan, id: string, now: Date): Plan {
  const stamp = now.toISOString();
  return {
    ...structuredClone(plan),
    id,
    createdAt: stamp,
    updatedAt: stamp,
    date: localDate(now),
    redFlags: {},
    acknowledgements: [],
    notes: '',
  };
}
