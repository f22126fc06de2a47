import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../electron/contract/host-api';
import { buildMenuTemplate, recentPlans, RECENT_LIMIT, type RecentPlan } from '../../../electron/main/menu-template';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isDev = false, recent: RecentPlan[] = []) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    appName: 'Acupoint Reference',
    platform,
    isDev,
    send: (c) => sent.push(c),
    recent,
  });
  return { items: flatten(template), top: template, sent };
}

describe('native menu template', () => {
  it.each(['darwin', 'linux', 'win32'] as const)(
    '%s: every item has a role, a submenu, a click handler or is a separator or a disabled placeholder',
    (platform) => {
      for (const item of build(platform).items) {
        const ok =
          item.type === 'separator' ||
          item.role !== undefined ||
          item.submenu !== undefined ||
          typeof item.click === 'function' ||
          item.enabled === false;
        expect(ok, JSON.stringify(item.label)).toBe(true);
      }
    },
  );

  it('sends the app commands with the expected accelerators', () => {
    const { items, sent } = build('linux');
    const expected: Array<[string, MenuCommand, string | undefined]> = [
      ['&New Plan', 'plan-new', 'CmdOrCtrl+N'],
      ['&Open Plan…', 'plan-open', 'CmdOrCtrl+O'],
      ['&Save', 'plan-save', 'CmdOrCtrl+S'],
      ['&Export PDF…', 'plan-export-pdf', 'CmdOrCtrl+P'],
      ['&Import Plan File…', 'plan-import', 'CmdOrCtrl+Shift+O'],
      ['Export Plan &File…', 'plan-export-file', 'CmdOrCtrl+Shift+S'],
      ['&Settings…', 'show-settings', 'CmdOrCtrl+,'],
      ['Find Point…', 'focus-search', 'CmdOrCtrl+K'],
      ['Show or Hide Channel Lines', 'toggle-channels', 'CmdOrCtrl+L'],
      ['Welcome Guide', 'show-welcome', undefined],
      ['Front', 'view-front', 'CmdOrCtrl+1'],
      ['Back', 'view-back', 'CmdOrCtrl+2'],
      ['Left Side', 'view-left', 'CmdOrCtrl+3'],
      ['Right Side', 'view-right', 'CmdOrCtrl+4'],
      ['About Acupoint Reference', 'show-about', 'F1'],
    ];
    for (const [label, command, accelerator] of expected) {
      const item = items.find((i) => i.label === label);
      expect(item, label).toBeDefined();
      expect(item?.accelerator).toBe(accelerator);
      (item?.click as () => void)();
      expect(sent.at(-1)).toBe(command);
    }
  });

  it('never gives two items the same accelerator', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const accels = build(platform)
        .items.map((i) => i.accelerator)
        .filter(Boolean);
      expect(new Set(accels).size, platform).toBe(accels.length);
    }
  });

  it('puts Settings in the app menu on macOS (Cmd+,) and in File elsewhere', () => {
    const mac = build('darwin').top;
    const appItems = mac[0]?.submenu as MenuItemConstructorOptions[];
    expect(appItems.some((i) => i.label === 'Settings…' && i.accelerator === 'CmdOrCtrl+,')).toBe(true);
    const file = mac.find((i) => i.label === '&File')?.submenu as MenuItemConstructorOptions[];
    expect(file.some((i) => String(i.label).includes('Settings'))).toBe(false);
  });

  it('lists recent plans under Open Recent, each opening its plan, with & shown literally', () => {
    const recent = [
      { id: 'plan-aaaa', label: 'Ann & Bo, 2026-11-01' },
      { id: 'plan-bbbb', label: 'Cy, 2026-10-30' },
    ];
    const { top, sent } = build('win32', false, recent);
    const file = top.find((i) => i.label === '&File')?.submenu as MenuItemConstructorOptions[];
    const openRecent = file.find((i) => i.label === 'Open &Recent')?.submenu as MenuItemConstructorOptions[];
    expect(openRecent.map((i) => i.label)).toEqual(['1. Ann && Bo, 2026-11-01', '2. Cy, 2026-10-30']);
    (openRecent[1]?.click as () => void)();
    expect(sent.at(-1)).toEqual({ command: 'open-plan', id: 'plan-bbbb' });
  });

  it('shows a disabled placeholder when there are no recent plans', () => {
    const file = build('linux').top.find((i) => i.label === '&File')?.submenu as MenuItemConstructorOptions[];
    const openRecent = file.find((i) => i.label === 'Open &Recent')?.submenu as MenuItemConstructorOptions[];
    expect(openRecent).toEqual([{ label: 'No Recent Plans', enabled: false }]);
  });

  it('orders recent plans newest first, limits them and labels unnamed or long ones sensibly', () => {
    const summary = (id: string, patient: string, updatedAt: string, condition = '') => ({
      id,
      patient,
      date: '2026-11-20',
      condition,
      pointCount: 1,
      updatedAt,
    });
    const many = Array.from({ length: RECENT_LIMIT + 3 }, (_, i) =>
      summary(`p${String(i).padStart(7, '0')}`, `P${i}`, `2026-11-${String(i + 1).padStart(2, '0')}T10:00:00Z`),
    );
    const recent = recentPlans([...many, summary('unnamed1', '  ', '2026-12-01T00:00:00Z', 'x'.repeat(80))]);
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent[0]?.label.startsWith('Unnamed patient, 2026-11-20 — xxx')).toBe(true);
    expect(recent[0]?.label.length).toBeLessThanOrEqual(60);
    expect(recent[0]?.label.endsWith('…')).toBe(true);
    expect(recent[1]?.label).toBe(`P${RECENT_LIMIT + 2}, 2026-11-20`);
  });

  it('uses standard edit roles so platform shortcuts work', () => {
    const roles = build('win32')
      .items.map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
  });

  it('puts About in the app menu on macOS and keeps Help non-empty', () => {
    const { top } = build('darwin');
    expect(top[0]?.label).toBe('Acupoint Reference');
    const help = top.find((i) => i.role === 'help');
    expect(Array.isArray(help?.submenu) && help.submenu.length).toBeGreaterThan(0);
  });

  it('offers developer tools only in development', () => {
    expect(build('linux', false).items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build('linux', true).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
