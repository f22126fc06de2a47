// The native menu as data: standard roles for Edit/Window (so platform shortcuts just work) and app
// commands forwarded to the renderer. Pure, so every item's accelerator and handler is unit-tested.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../contract/host-api';

export interface MenuDeps {
  appName: string;
  platform: NodeJS.Platform;
  isDev: boolean;
  send: (command: MenuCommand) => void;
}

export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const mac = deps.platform === 'darwin';
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => deps.send(command),
  });
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{ label: deps.appName, submenu: [
        cmd(`About ${deps.appName}`, 'show-about'), { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' },
        { role: 'unhide' }, { type: 'separator' }, { role: 'quit' },
      ] }]
    : [];
  return [
    ...appMenu,
    { label: '&File', submenu: [mac ? { role: 'close' } : { role: 'quit' }] },
    { label: '&Edit', submenu: [
      { role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' },
      { role: 'paste' }, { role: 'selectAll' }, { type: 'separator' },
      cmd('Find Point…', 'focus-search', 'CmdOrCtrl+K'),
    ] },
    { label: '&View', submenu: [
      cmd('Front', 'view-front', 'CmdOrCtrl+1'), cmd('Back', 'view-back', 'CmdOrCtrl+2'),
      cmd('Left Side', 'view-left', 'CmdOrCtrl+3'), cmd('Right Side', 'view-right', 'CmdOrCtrl+4'),
      { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' },
      { type: 'separator' }, { role: 'togglefullscreen' },
      ...(deps.isDev ? [{ role: 'toggleDevTools' } as const] : []),
    ] },
    { role: 'windowMenu' },
    { role: 'help', submenu: [
      mac ? cmd('Sources and Clinical Disclaimer', 'show-about') : cmd(`About ${deps.appName}`, 'show-about', 'F1'),
    ] },
  ];
}
