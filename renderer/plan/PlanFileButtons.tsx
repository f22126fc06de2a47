// Open a plan file (a copy is stored and opened) or save the current plan as a file — through the host,
// which owns the dialogs.
import { useState } from 'react';
import { callHost } from '../host/host-client';
import { saveNow } from './plan-persistence';
import { usePlanStore } from './plan-store';

export function PlanFileButtons() {
  const [message, setMessage] = useState('');
  const importPlan = async (): Promise<void> => {
    const result = await callHost('plans:import', {});
    if (!result.ok) return setMessage(result.message);
    if (!result.value.plan) return setMessage('Nothing opened.');
    usePlanStore.getState().load(result.value.plan, 'saved');
    setMessage(`Opened the plan for ${result.value.plan.patient.name || 'an unnamed patient'}.`);
  };
  const exportPlan = async (): Promise<void> => {
    await saveNow();
    const result = await callHost('plans:export-file', { id: usePlanStore.getState().plan.id });
    setMessage(!result.ok ? result.message : result.value.saved ? `Plan file saved: ${result.value.path ?? ''}` : 'Save cancelled.');
  };
  return (
    <div className="plan-actions plan-files">
      <button type="button" onClick={() => void importPlan()}>Open plan file…</button>
      <button type="button" onClick={() => void exportPlan()}>Save as file…</button>
      {message && <p className="export-message" role="status" data-testid="file-message">{message}</p>}
    </div>
  );
}
