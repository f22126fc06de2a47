import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsFromUnknown } from '../../../electron/contract/settings';
import { createSettingsStore } from '../../../electron/services/settings-store';
import { tempDir } from '../plans/plan-test-kit';

describe('settings validation', () => {
  it('keeps valid fields and resets only the invalid ones, naming them', () => {
    const { settings, reset } = settingsFromUnknown({
      version: 1, theme: 'dark', paper: 'Tabloid', units: 'metric', welcomeDismissed: 'yes',
      clinicHeader: { clinic: 'Riverside Clinic', clinician: 'Dr Lee', contact: '01 234' }, extra: 'ignored',
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS, theme: 'dark', units: 'metric',
      clinicHeader: { clinic: 'Riverside Clinic', clinician: 'Dr Lee', contact: '01 234' },
    });
    expect(reset.sort()).toEqual(['paper', 'welcomeDismissed']);
  });

  it.each([null, 42, 'text', [], {}])('gives the defaults for %j without complaint about missing fields', (raw) => {
    expect(settingsFromUnknown(raw)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });

  it('refuses an over-long clinic name and unknown keys inside the clinic header', () => {
    expect(settingsFromUnknown({ clinicHeader: { clinic: 'x'.repeat(201), clinician: '', contact: '' } }).reset).toEqual(['clinicHeader']);
    expect(settingsFromUnknown({ clinicHeader: { clinic: 'a', clinician: '', contact: '', logo: 'http://x' } }).reset).toEqual(['clinicHeader']);
  });
});

describe('settings store on disk', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(async () => cleanup());
  const file = () => path.join(dir, 'settings.json');

  it('starts with the defaults on a fresh machine and writes nothing until something changes', async () => {
    const store = createSettingsStore({ file: file() });
    expect(await store.get()).toEqual({ settings: DEFAULT_SETTINGS });
    expect(await readdir(dir)).toEqual([]);
  });

  it('persists changes across restarts (a new store reads what the last one wrote)', async () => {
    await createSettingsStore({ file: file() }).update({ theme: 'light', paper: 'Letter' });
    const reopened = await createSettingsStore({ file: file() }).get();
    expect(reopened.settings).toMatchObject({ theme: 'light', paper: 'Letter', units: 'cun' });
    expect(JSON.parse(await readFile(file(), 'utf8'))).toMatchObject({ version: 1, paper: 'Letter' });
  });

  it('applies concurrent changes in order without losing either', async () => {
    const store = createSettingsStore({ file: file() });
    await Promise.all([store.update({ theme: 'dark' }), store.update({ units: 'imperial' }), store.update({ welcomeDismissed: true })]);
    expect((await createSettingsStore({ file: file() }).get()).settings).toMatchObject({ theme: 'dark', units: 'imperial', welcomeDismissed: true });
  });

  it('refuses an invalid change and keeps the stored settings', async () => {
    const store = createSettingsStore({ file: file() });
    await store.update({ paper: 'Letter' });
    await expect(store.update({ paper: 'A3' })).rejects.toThrow();
    expect((await store.get()).settings.paper).toBe('Letter');
  });

  it('sets a damaged file aside (nothing lost), uses defaults and says so once', async () => {
    await writeFile(file(), '{"theme": "dark", ');
    const store = createSettingsStore({ file: file() });
    const first = await store.get();
    expect(first.settings).toEqual(DEFAULT_SETTINGS);
    expect(first.notice).toMatch(/damaged.*settings\.json\.broken/);
    expect(await readFile(`${file()}.broken`, 'utf8')).toBe('{"theme": "dark", ');
    expect((await store.get()).notice).toBeUndefined();
  });

  it('repairs invalid fields on load and tells which', async () => {
    await writeFile(file(), JSON.stringify({ version: 1, theme: 'neon', paper: 'Letter' }));
    const loaded = await createSettingsStore({ file: file() }).get();
    expect(loaded.settings).toMatchObject({ theme: 'system', paper: 'Letter' });
    expect(loaded.notice).toBe('Some settings were not valid and were reset to their defaults: theme.');
  });

  it('does not read a huge file', async () => {
    await writeFile(file(), `{"x":"${'a'.repeat(100_000)}"}`);
    const loaded = await createSettingsStore({ file: file() }).get();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice).toMatch(/could not be read/);
  });
});
