// Follow-up visits and deleting: start the next visit from the open plan, move the open plan to the trash
// (restorable from the panel, and from the plans folder's trash/), and restore it.
import { callHost } from '../host/host-client';
import { nextVisit } from './next-visit';
import { fileMessage, patientOf, usePlanMessages } from './plan-messages';
import { cancelPendingSave, newPlan, openStoredPlan, readyToLeave, saveNow } from './plan-persistence';
import { usePlanStore } from './plan-store';

export async function startNextVisit(): Promise<void> {
  if (!(await readyToLeave('Start the next visit'))) return;
  const { plan, load } = usePlanStore.getState();
  load(nextVisit(plan, crypto.randomUUID(), new Date()), 'new');
  await saveNow();
  fileMessage(`Next visit for ${patientOf(plan.patient.name)}: same points and techniques; red flags to ask again.`);
}

export async function deleteCurrentPlan(): Promise<void> {
  const { plan } = usePlanStore.getState();
  const who = patientOf(plan.patient.name);
  if (!window.confirm(`Move the plan for ${who} (${plan.date}) to the trash? It can be restored.`)) return;
  // The plan is going to the trash with its edits: a save still waiting must not bring it back.
  const waiting = cancelPendingSave();
  const done = await callHost('plans:delete', { id: plan.id });
  if (!done.ok) {
    if (waiting) await saveNow(); // not deleted: the waiting edit is saved after all
    return fileMessage(done.message);
  }
  usePlanStore.getState().load(newPlan(), 'new');
  usePlanMessages.setState({
    deleted: { id: plan.id, patient: who },
    fileMessage: `The plan for ${who} was moved to the trash.`,
  });
}

export async function restoreDeletedPlan(): Promise<void> {
  const { deleted } = usePlanMessages.getState();
  if (!deleted) return;
  const done = await callHost('plans:restore', { id: deleted.id });
  usePlanMessages.setState({ deleted: undefined });
  if (!done.ok) return fileMessage(done.message);
  if (await openStoredPlan(deleted.id)) fileMessage(`Restored the plan for ${deleted.patient}.`);
}
