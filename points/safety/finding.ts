// What the plan check reports: findings with severity, the points concerned, the reason and sources.
import type { SourceRef, Technique } from '../schema/common';

export type FindingSeverity = 'refer' | 'contraindicated' | 'caution' | 'note';
export const SEVERITY_ORDER: readonly FindingSeverity[] = ['refer', 'contraindicated', 'caution', 'note'];

/** How the clinician answered a finding: a reason, and for a referral the decision taken. */
export type ReferralDecision = 'referred' | 'treat-anyway';
export interface Acknowledgement {
  findingId: string;
  reason: string;
  at: string;
  /** required for a "refer before treating" finding: referred, or treated on the clinician's decision */
  decision?: ReferralDecision;
}

export interface Finding {
  id: string;
  severity: FindingSeverity;
  message: string;
  ruleId: string;
  /** the plan points this finding is about (empty for whole-plan findings) */
  codes: string[];
  techniques: Technique[];
  sources: SourceRef[];
  /** the finding depends on this patient (a flag, sex or pregnancy stage), not only on the point and technique */
  forPatient?: boolean;
  acknowledged?: Omit<Acknowledgement, 'findingId'>;
}
