// dialog, shell and screen in the stand-in (tests/standin/electron-standin.ts): dialogs answered from a
// queue the test fills, external links recorded, displays from the options.
import type { MessageBoxSyncOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { Area } from './standin-core';
import { assertReady, StandInWindow, type Ctx } from './standin-window';

export interface DialogRecord {
  kind: 'open' | 'save' | 'message' | 'error';
  parent: StandInWindow | undefined;
  options: unknown;
}

/** queued answers for the next dialogs (none queued = cancelled / first button) */
export interface DialogAnswers {
  open: Array<string[] | undefined>;
  save: Array<string | undefined>;
  messageBox: number[];
}

export interface StandInDialog {
  showOpenDialog(
    a: StandInWindow | OpenDialogOptions,
    b?: OpenDialogOptions,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    a: StandInWindow | SaveDialogOptions,
    b?: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath: string }>;
  showMessageBoxSync(a: StandInWindow | MessageBoxSyncOptions, b?: MessageBoxSyncOptions): number;
  showErrorBox(title: string, content: string): void;
}

export interface StandInShell {
  openExternal(url: string): Promise<void>;
}

export interface StandInScreen {
  getAllDisplays(): Array<{ id: number; bounds: Area; workArea: Area; scaleFactor: number }>;
}

const split = <O>(a: StandInWindow | O, b: O | undefined): [StandInWindow | undefined, O] =>
  a instanceof StandInWindow ? [a, b as O] : [undefined, a];

/** dialog; every dialog shown is pushed to `dialogs`, and answered from `answers`. */
export function createDialog(ctx: Ctx, dialogs: DialogRecord[], answers: DialogAnswers): StandInDialog {
  return {
    async showOpenDialog(a, b) {
      const [parent, opts] = split(a, b);
      ctx.rec('dialog.showOpenDialog', parent?.id, opts);
      dialogs.push({ kind: 'open', parent, options: opts });
      const answer = answers.open.shift();
      return answer ? { canceled: false, filePaths: answer } : { canceled: true, filePaths: [] };
    },
    async showSaveDialog(a, b) {
      const [parent, opts] = split(a, b);
      ctx.rec('dialog.showSaveDialog', parent?.id, opts);
      dialogs.push({ kind: 'save', parent, options: opts });
      const answer = answers.save.shift();
      return answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' };
    },
    showMessageBoxSync(a, b) {
      const [parent, opts] = split(a, b);
      ctx.rec('dialog.showMessageBoxSync', parent?.id, opts);
      dialogs.push({ kind: 'message', parent, options: opts });
      return answers.messageBox.shift() ?? 0;
    },
    showErrorBox(title, content) {
      ctx.rec('dialog.showErrorBox', title, content);
      dialogs.push({ kind: 'error', parent: undefined, options: { title, content } });
    },
  };
}

/** shell; every URL opened is pushed to `openedExternal`. */
export function createShell(ctx: Ctx, openedExternal: string[]): StandInShell {
  return {
    async openExternal(url) {
      ctx.rec('shell.openExternal', url);
      openedExternal.push(url);
    },
  };
}

/** screen: the displays of the options (one 1920×1080 display by default). */
export function createScreen(ctx: Ctx): StandInScreen {
  return {
    getAllDisplays() {
      ctx.rec('screen.getAllDisplays');
      assertReady(ctx, 'screen');
      return (ctx.options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1080 }]).map((area, i) => ({
        id: i + 1,
        bounds: area,
        workArea: { ...area, height: area.height - 40 },
        scaleFactor: 1,
      }));
    },
  };
}
