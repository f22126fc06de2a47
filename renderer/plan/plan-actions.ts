// The plan-wide actions shared by the plan panel's buttons and the native menu: export PDF, import and
// export plan files. Results are reported in one small store (plan-messages) so the panel shows them
// whichever way the action was started.
import type { Settings } from '../../electron/contract/settings';
import { callHost } from '../host/host-client';
import { useSettings } from '../settings/settings-store';
import { fileMessage, patientOf, usePlanMessages } from './plan-messages';
import { readyToLeave, saveNow } from './plan-persistence';
import { usePlanStore } from './plan-store';

export type Paper = Settings['paper'];

/** Saves first (the export renders the stored plan), then asks the host, which owns the save dialog.
 *  Without a handout choice it exports the clinical record. */
export async function exportPlanPdf(
  paper: Paper = useSettings.getState().settings.paper,
  handout?: { homeCare: number[] },
): Promise<void> {
  if (usePlanMessages.getState().exporting) return;
  usePlanMessages.setState({ exporting: true, exportMessage: 'Exporting…' });
  await saveNow();
  const { plan, status } = usePlanStore.getState();
  let message: string;
  if (status === 'error') {
    message = 'Save the plan first: it has an error.';
  } else {
    const choice = handout ? { document: 'handout' as const, homeCare: handout.homeCare } : {};
    const result = await callHost('plans:export-pdf', { id: plan.id, paper, ...choice });
    const what = handout ? 'Handout' : 'PDF';
    message = !result.ok
      ? result.message
      : result.value.saved
        ? `${what} saved: ${result.value.path ?? ''}`
        : 'Export cancelled.';
  }
  usePlanMessages.setState({ exporting: false, exportMessage: message });
}

export async function importPlanFile(): Promise<void> {
  if (!(await readyToLeave('Open a plan file'))) return;
  const result = await callHost('plans:import', {});
  if (!result.ok) return fileMessage(result.message);
  if (!result.value.plan) return fileMessage('Nothing opened.');
  usePlanStore.getState().load(result.value.plan, 'saved');
  fileMessage(`Opened the plan for ${patientOf(result.value.plan.patient.name)}.`);
}

export async function exportPlanFile(): Promise<void> {
  await saveNow();
  const result = await callHost('plans:export-file', { id: usePlanStore.getState().plan.id });
  fileMessage(
    !result.ok
      ? result.message
      : result.value.saved
        ? `Plan file saved: ${result.value.path ?? ''}`
        : 'Save cancelled.',
  );
}
