import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../electron/contract/host-api';
import { buildMenuTemplate } from '../../../electron/main/menu-template';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isDev = false) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ appName: 'Acupoint Reference', platform, isDev, send: (c) => sent.push(c) });
  return { items: flatten(template), top: template, sent };
}

describe('native menu template', () => {
  it.each(['darwin', 'linux', 'win32'] as const)('%s: every item has a role, a submenu, a click handler or is a separator', (platform) => {
    for (const item of build(platform).items) {
      const ok = item.type === 'separator' || item.role !== undefined || item.submenu !== undefined || typeof item.click === 'function';
      expect(ok, JSON.stringify(item.label)).toBe(true);
    }
  });

  it('sends the app commands with the expected accelerators', () => {
    const { items, sent } = build('linux');
    const expected: Array<[string, MenuCommand, string | undefined]> = [
      ['Find Point…', 'focus-search', 'CmdOrCtrl+K'],
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

  it('uses standard edit roles so platform shortcuts work', () => {
    const roles = build('win32').items.map((i) => i.role).filter(Boolean);
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
