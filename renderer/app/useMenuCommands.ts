// Native-menu commands (and "files opened" from the OS) → app actions. The view presets and the channel
// toggle are handled by the viewer itself (viewer/useMenuViews.ts).
import { useEffect, type RefObject } from 'react';
import type { MenuCommand } from '../../electron/contract/host-api';
import { onMenuCommand } from '../host/host-client';
import { openAppDialog as openDialog } from './dialog-store';
import { addSelectedToPlan } from './useGlobalShortcuts';
import { exportPlanFile, exportPlanPdf, importPlanFile } from '../plan/plan-actions';
import { fileMessage } from '../plan/plan-messages';
import { openHandedFiles, openStoredPlan, saveNow, startNewPlan } from '../plan/plan-persistence';
import { usePlanStore } from '../plan/plan-store';

async function saveFromMenu(): Promise<void> {
  await saveNow();
  const { status, statusMessage } = usePlanStore.getState();
  fileMessage(status === 'saved' ? 'Plan saved.' : statusMessage);
}

export function runMenuCommand(command: MenuCommand, search: RefObject<HTMLInputElement | null>): void {
  if (typeof command === 'object') {
    void openStoredPlan(command.id);
    return;
  }
  switch (command) {
    case 'plan-new':
      return void startNewPlan();
    case 'plan-open':
      return openDialog('open-plan');
    case 'plan-save':
      return void saveFromMenu();
    case 'plan-export-pdf':
      return void exportPlanPdf();
    case 'plan-export-handout':
      return openDialog('handout');
    case 'plan-import':
      return void importPlanFile();
    case 'plan-export-file':
      return void exportPlanFile();
    case 'files-opened':
      return void openHandedFiles();
    case 'show-settings':
      return openDialog('settings');
    case 'show-about':
      return openDialog('about');
    case 'show-welcome':
      return openDialog('welcome');
    case 'add-to-plan':
      return addSelectedToPlan();
    case 'focus-search':
      search.current?.focus();
      return;
    default:
      return; // view commands: the viewer listens for those
  }
}

export function useMenuCommands(search: RefObject<HTMLInputElement | null>): void {
  useEffect(() => onMenuCommand((command) => runMenuCommand(command, search)), [search]);
}
