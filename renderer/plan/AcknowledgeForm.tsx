import { useState, type FormEvent } from 'react';
import type { ReferralDecision } from '../../points/safety/finding';
import { usePlanStore } from './plan-store';

export interface AcknowledgeFormProps {
  findingId: string;
  /** for a red flag: the decision being recorded (a referral cannot be merely acknowledged) */
  decision?: ReferralDecision;
  onDone: () => void;
}

const PROMPT: Record<ReferralDecision | 'ack', string> = {
  ack: 'Reason for going ahead (required)',
  referred: 'Referred to whom, and how (required)',
  'treat-anyway': "Why treatment goes ahead despite the red flag — the clinician's decision (required)",
};

/** Asks why the clinician goes ahead despite a finding, or records a referral decision; a reason is required. */
export function AcknowledgeForm({ findingId, decision, onDone }: AcknowledgeFormProps) {
  const dispatch = usePlanStore((s) => s.dispatch);
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!reason.trim()) return;
    dispatch({
      type: 'acknowledge',
      findingId,
      reason,
      at: new Date().toISOString(),
      ...(decision ? { decision } : {}),
    });
    onDone();
  };
  return (
    <form className="ack-form" onSubmit={submit}>
      <label className="field">
        <span>{PROMPT[decision ?? 'ack']}</span>
        <textarea
          rows={2}
          maxLength={2000}
          required
          autoFocus
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <div className="point-actions">
        <button type="submit" disabled={!reason.trim()}>
          {decision ? 'Save decision' : 'Save acknowledgement'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
