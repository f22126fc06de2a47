import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseWindowState, serializeWindowState } from '../../../electron/main/window-state';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
const twoScreens = [...screen, { x: 1920, y: 0, width: 2560, height: 1440 }];

describe('window state', () => {
  it('round-trips a window on screen', () => {
    const state = { bounds: { x: 100, y: 80, width: 1280, height: 800 }, maximized: true };
    expect(parseWindowState(serializeWindowState(state), screen)).toEqual(state);
  });

  it.each([
    undefined,
    '',
    '{',
    'null',
    '[]',
    '{"bounds":{"width":"big"},"maximized":false}',
    '{"bounds":{"width":10,"height":10},"maximized":false}',
    '{"bounds":{"width":1200,"height":800},"maximized":false,"extra":1}',
  ])('falls back to the default for unusable input %j', (text) => {
    expect(parseWindowState(text, screen)).toEqual(DEFAULT_STATE);
  });

  it('drops a position that no display shows (monitor unplugged) but keeps the size', () => {
    const saved = serializeWindowState({ bounds: { x: 2500, y: 100, width: 1200, height: 800 }, maximized: false });
    expect(parseWindowState(saved, twoScreens).bounds).toEqual({ x: 2500, y: 100, width: 1200, height: 800 });
    expect(parseWindowState(saved, screen).bounds).toEqual({ width: 1200, height: 800 });
  });

  it('shrinks a window larger than the primary display', () => {
    const saved = serializeWindowState({ bounds: { width: 5000, height: 3000 }, maximized: false });
    expect(parseWindowState(saved, screen).bounds).toEqual({ width: 1920, height: 1080 });
  });
});
