// Which app dialog is open (one at a time): opened from the menu, the top bar or the plan panel.
import { create } from 'zustand';

export type AppDialog = 'about' | 'settings' | 'welcome' | 'open-plan' | 'handout';

export const useAppDialog = create<{ open?: AppDialog }>()(() => ({}));
export const openAppDialog = (dialog: AppDialog): void => useAppDialog.setState({ open: dialog });
export const closeAppDialog = (): void => useAppDialog.setState({ open: undefined });
