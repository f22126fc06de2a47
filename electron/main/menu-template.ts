// The native menu as data: standard roles for Edit/Window (so platform shortcuts just work) and app
// commands forwarded to the renderer. Pure, so every item's accelerator and handler is unit-tested.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../contract/host-api';
import type { PlanSummary } from '../contract/plan';

export interface RecentPlan {
  id: string;
  label: string;
}

export interface MenuDeps {
  appName: string;
  platform: NodeJS.Platform;
  isDev: boolean;
  send: (command: MenuCommand) => void;
  /** most recently changed plans first (File → Open Recent) */
  recent: readonly RecentPlan[];
}

type Item = MenuItemConstructorOptions;

/** Open Recent shows this many plans; the rest are one Ctrl+O away. */
export const RECENT_LIMIT = 8;

export function buildMenuTemplate(deps: MenuDeps): Item[] {
  const mac = deps.platform === 'darwin';
  const cmd = (label: string, command: MenuCommand, accelerator?: string): Item => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => deps.send(command),
  });
  const settings = cmd(mac ? 'Settings…' : '&Settings…', 'show-settings', 'CmdOrCtrl+,');
  const appMenu: Item[] = mac
    ? [
        {
          label: deps.appName,
          submenu: [
            cmd(`About ${deps.appName}`, 'show-about'),
            { type: 'separator' },
            settings,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    { label: '&File', submenu: fileMenu(deps, cmd, mac ? [] : [{ type: 'separator' }, settings]) },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        cmd('Find Point…', 'focus-search', 'CmdOrCtrl+K'),
        // The renderer handles the keys itself (so the browser host has them too): shown, not registered.
        { ...cmd('Add Selected Point to Plan', 'add-to-plan', 'CmdOrCtrl+Enter'), registerAccelerator: false },
      ],
    },
    {
      label: '&View',
      submenu: [
        cmd('Front', 'view-front', 'CmdOrCtrl+1'),
        cmd('Back', 'view-back', 'CmdOrCtrl+2'),
        cmd('Left Side', 'view-left', 'CmdOrCtrl+3'),
        cmd('Right Side', 'view-right', 'CmdOrCtrl+4'),
        { type: 'separator' },
        cmd('Show or Hide Channel Lines', 'toggle-channels', 'CmdOrCtrl+L'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(deps.isDev ? [{ role: 'toggleDevTools' } as const] : []),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        mac ? cmd('Sources and Clinical Disclaimer', 'show-about') : cmd(`About ${deps.appName}`, 'show-about', 'F1'),
        cmd('Welcome Guide', 'show-welcome'),
      ],
    },
  ];
}

type Cmd = (label: string, command: MenuCommand, accelerator?: string) => Item;

function fileMenu(deps: MenuDeps, cmd: Cmd, extra: Item[]): Item[] {
  const mac = deps.platform === 'darwin';
  return [
    cmd('&New Plan', 'plan-new', 'CmdOrCtrl+N'),
    cmd('&Open Plan…', 'plan-open', 'CmdOrCtrl+O'),
    { label: 'Open &Recent', submenu: recentMenu(deps) },
    { type: 'separator' },
    cmd('&Save', 'plan-save', 'CmdOrCtrl+S'),
    cmd('&Export PDF…', 'plan-export-pdf', 'CmdOrCtrl+P'),
    cmd('Export Patient &Handout…', 'plan-export-handout', 'CmdOrCtrl+Shift+P'),
    { type: 'separator' },
    cmd('&Import Plan File…', 'plan-import', 'CmdOrCtrl+Shift+O'),
    cmd('Export Plan &File…', 'plan-export-file', 'CmdOrCtrl+Shift+S'),
    ...extra,
    { type: 'separator' },
    mac ? { role: 'close' } : { role: 'quit' },
  ];
}

function recentMenu(deps: MenuDeps): Item[] {
  if (deps.recent.length === 0) return [{ label: 'No Recent Plans', enabled: false }];
  return deps.recent.slice(0, RECENT_LIMIT).map((plan, i) => ({
    // Menu labels treat & as a mnemonic marker; a patient called "A & B" must show as typed.
    label: `${i + 1}. ${plan.label.replace(/&/g, '&&')}`,
    click: () => deps.send({ command: 'open-plan', id: plan.id }),
  }));
}

const LABEL_MAX = 60;

/** Open Recent entries from the plan store's list: newest change first, labelled as the clinician sees them. */
export function recentPlans(summaries: readonly PlanSummary[]): RecentPlan[] {
  return [...summaries]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, RECENT_LIMIT)
    .map((p) => {
      const label = `${p.patient.trim() || 'Unnamed patient'}, ${p.date}${p.condition.trim() ? ` — ${p.condition.trim()}` : ''}`;
      return { id: p.id, label: label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label };
    });
}
