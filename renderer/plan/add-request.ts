// One way to add a point from anywhere (the detail panel's button, Ctrl/Cmd+Enter, the menu): a point that
// is contraindicated or cautioned for the open plan's patient is not added at once — the detail panel asks
// first, with the reason shown in its banner.
import { create } from 'zustand';
import { toSafetyInput } from '../../electron/contract/plan-safety-input';
import { findingsForPoint } from '../../points/safety/check-plan';
import { pointSeverity } from './stop-findings';
import { planKb } from './plan-kb';
import { usePlanStore } from './plan-store';

interface AddRequestState {
  /** the point waiting for "Add anyway" */
  confirming: string | undefined;
}

export const useAddRequest = create<AddRequestState>()(() => ({ confirming: undefined }));

export function requestAdd(code: string): void {
  const findings = findingsForPoint(planKb(), toSafetyInput(usePlanStore.getState().plan), code);
  if (pointSeverity(findings)) useAddRequest.setState({ confirming: code });
  else usePlanStore.getState().addPoint(code);
}

export function confirmAdd(): void {
  const { confirming } = useAddRequest.getState();
  if (confirming) usePlanStore.getState().addPoint(confirming);
  useAddRequest.setState({ confirming: undefined });
}

export const cancelAdd = (): void => useAddRequest.setState({ confirming: undefined });
