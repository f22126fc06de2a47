// ipcMain and Menu in the stand-in (tests/standin/electron-standin.ts): handler registration as Electron
// checks it, and the menus main builds and sets.
import type { MenuItemConstructorOptions } from 'electron';
import type { Ctx, IpcHandler } from './standin-window';

export class StandInMenu {
  constructor(readonly items: MenuItemConstructorOptions[]) {}
}

function checkTemplate(items: readonly MenuItemConstructorOptions[]): void {
  for (const item of items) {
    // Electron's own message for such an item.
    if (item.label === undefined && item.role === undefined && item.type === undefined) {
      throw new TypeError('Invalid template for MenuItem: must have at least one of label, role or type');
    }
    if (Array.isArray(item.submenu)) checkTemplate(item.submenu);
  }
}

export interface StandInIpcMain {
  handle(channel: string, handler: IpcHandler): void;
  removeHandler(channel: string): void;
}

export interface StandInMenuModule {
  buildFromTemplate(template: MenuItemConstructorOptions[]): StandInMenu;
  setApplicationMenu(menu: StandInMenu | null): void;
  getApplicationMenu(): StandInMenu | null;
}

/** ipcMain; every handle call's channel is pushed to `handleCalls`, duplicates included. */
export function createIpcMain(ctx: Ctx, handleCalls: string[]): StandInIpcMain {
  return {
    handle(channel, handler) {
      ctx.rec('ipcMain.handle', channel);
      handleCalls.push(channel);
      // Electron's own error for a second handler.
      if (ctx.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ctx.ipcHandlers.set(channel, handler);
    },
    removeHandler(channel) {
      ctx.rec('ipcMain.removeHandler', channel);
      ctx.ipcHandlers.delete(channel);
    },
  };
}

/** Menu; every menu built goes to `menusBuilt`, every setApplicationMenu argument to `applicationMenus`. */
export function createMenu(
  ctx: Ctx,
  menusBuilt: StandInMenu[],
  applicationMenus: Array<StandInMenu | null>,
): StandInMenuModule {
  let applicationMenu: StandInMenu | null = null;
  return {
    buildFromTemplate(template) {
      ctx.rec('Menu.buildFromTemplate', template);
      checkTemplate(template);
      const menu = new StandInMenu(template);
      menusBuilt.push(menu);
      return menu;
    },
    setApplicationMenu(menu) {
      ctx.rec('Menu.setApplicationMenu', menu);
      applicationMenu = menu;
      applicationMenus.push(menu);
    },
    getApplicationMenu: () => applicationMenu,
  };
}
