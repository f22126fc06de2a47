// Which app dialog is open (one at a time): opened from the menu, the top bar or the plan panel.
import { create } from 'zustand';

export type AppDialog = 'about' | 'settings' | 'welcome' | 'open-plan' | 'handout';

export const useAppDialog = create<{ open?: AppDialog }>()(() => ({}));
export const openAppDialog = (dialog: AppDialog): void => useAppDialog.setState({ open: dialog });
/**
 * Closes `dialog` if it is still the one open. A dialog's close event arrives a moment after Escape; a menu
 * command that opened the next dialog in between (Settings right after About) must not be closed by it.
 */
export const closeAppDialog = (dialog: AppDialog): void =>
  useAppDialog.setState((s) => (s.open === dialog ? { open: undefined } : s));
