import { useState, type FormEvent } from 'react';
import { usePlanStore } from './plan-store';

export interface AcknowledgeFormProps {
  findingId: string;
  onDone: () => void;
}

/** Asks why the clinician goes ahead despite a finding; a reason is required. */
export function AcknowledgeForm({ findingId, onDone }: AcknowledgeFormProps) {
  const dispatch = usePlanStore((s) => s.dispatch);
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!reason.trim()) return;
    dispatch({ type: 'acknowledge', findingId, reason, at: new Date().toISOString() });
    onDone();
  };
  return (
    <form className="ack-form" onSubmit={submit}>
      <label className="field">
        <span>Reason for going ahead (required)</span>
        <textarea rows={2} maxLength={2000} required autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="point-actions">
        <button type="submit" disabled={!reason.trim()}>Save acknowledgement</button>
        <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
