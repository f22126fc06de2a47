// What the last plan action reported (export, file open/save), shown in the plan panel.
import { create } from 'zustand';

interface PlanMessages {
  exportMessage: string;
  fileMessage: string;
  exporting: boolean;
  /** the plan just moved to the trash, so the panel can offer to restore it */
  deleted?: { id: string; patient: string };
}
export const usePlanMessages = create<PlanMessages>()(() => ({ exportMessage: '', fileMessage: '', exporting: false }));
export const fileMessage = (text: string): void => usePlanMessages.setState({ fileMessage: text });
export const patientOf = (name: string): string => name || 'an unnamed patient';
