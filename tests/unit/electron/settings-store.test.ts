import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsFromUnknown } from '../../../electron/contract/settings';
import { createSettingsStore } from '../../../electron/services/settings-store';
import { tempDir } from '../plans/plan-test-kit';

describe('settings validation', () => {
  it('keeps valid fields and resets only the invalid ones, naming them', () => {
    const { settings, reset } = settingsFromUnknown({
      version: 1,
      theme: 'dark',
      paper: 'Tabloid',
      units: 'metric',
      welcomeDismissed: 'yes',
      clinicHeader: { clinic: 'Riverside Clinic', clinician: 'Dr Lee', contact: '01 234' },
      extra: 'ignored',
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      units: 'metric',
      // a settings file from before the phone field keeps its clinic header (phone empty)
      clinicHeader: { clinic: 'Riverside Clinic', clinician: 'Dr Lee', contact: '01 234', phone: '' },
    });
    expect(reset.sort()).toEqual(['paper', 'welcomeDismissed']);
  });

  it.each([null, 42, 'text', [], {}])('gives the defaults for %j without complaint about missing fields', (raw) => {
    expect(settingsFromUnknown(raw)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });

  it('refuses an over-long clinic name and unknown keys inside the clinic header', () => {
    expect(
      settingsFromUnknown({ clinicHeader: { clinic: 'x'.repeat(201), clinician: '', contact: '' } }).reset,
    ).toEqual(['clinicHeader']);
    expect(
      settingsFromUnknown({ clinicHeader: { clinic: 'a', clinician: '', contact: '', logo: 'http://x' } }).reset,
    ).toEqual(['clinicHeader']);
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
    await Promise.all([
      store.update({ theme: 'dark' }),
      store.update({ units: 'imperial' }),
      store.update({ welcomeDismissed: true }),
    ]);
    expect((await createSettingsStore({ file: file() }).get()).settings).toMatchObject({
      theme: 'dark',
      units: 'imperial',
      welcomeDismissed: true,
    });
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

  it('accepts a settings file saved with a UTF-8 byte-order mark (as Windows Notepad writes it)', async () => {
    await writeFile(file(), `\uFEFF${JSON.stringify({ version: 1, theme: 'dark', paper: 'Letter' })}`);
    const loaded = await createSettingsStore({ file: file() }).get();
    expect(loaded).toEqual({ settings: { ...DEFAULT_SETTINGS, theme: 'dark', paper: 'Letter' } });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it.each(['null', '42', '"dark"', '[{"theme":"dark"}]'])(
    'sets aside valid JSON that holds no settings (%s) and says so',
    async (text) => {
      await writeFile(file(), text);
      const store = createSettingsStore({ file: file() });
      const first = await store.get();
      expect(first.settings).toEqual(DEFAULT_SETTINGS);
      expect(first.notice).toBe(
        'Your settings file was damaged (it holds no settings) and was set aside (settings.json.broken); defaults are in use.',
      );
      expect(await readFile(`${file()}.broken`, 'utf8')).toBe(text);
      await store.update({ theme: 'light' });
      expect(await readFile(`${file()}.broken`, 'utf8')).toBe(text);
    },
  );

  it('keeps every damaged copy: a second and third corruption go to .broken.1 and .broken.2', async () => {
    const damaged = ['{"theme": ', '{"paper": ', '[1, 2'];
    for (const text of damaged) {
      await writeFile(file(), text);
      await createSettingsStore({ file: file() }).get();
    }
    expect((await readdir(dir)).sort()).toEqual([
      'settings.json.broken',
      'settings.json.broken.1',
      'settings.json.broken.2',
    ]);
    expect(await readFile(`${file()}.broken`, 'utf8')).toBe(damaged[0]);
    expect(await readFile(`${file()}.broken.1`, 'utf8')).toBe(damaged[1]);
    expect(await readFile(`${file()}.broken.2`, 'utf8')).toBe(damaged[2]);
  });

  it('names the copy it actually made in the notice', async () => {
    await writeFile(`${file()}.broken`, 'an earlier damaged copy');
    await writeFile(file(), '{"theme": ');
    const { notice } = await createSettingsStore({ file: file() }).get();
    expect(notice).toMatch(/set aside \(settings\.json\.broken\.1\)/);
    expect(await readFile(`${file()}.broken`, 'utf8')).toBe('an earlier damaged copy');
  });

  it('when the damaged file cannot be set aside: says so, keeps it, and refuses to save over it', async () => {
    await writeFile(file(), '{"theme": ');
    let renameWorks = false;
    const store = createSettingsStore({
      file: file(),
      rename: async (from, to) => {
        if (!renameWorks) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
        await rename(from, to);
      },
    });
    const first = await store.get();
    expect(first.settings).toEqual(DEFAULT_SETTINGS);
    expect(first.notice).toMatch(/could not be set aside, so it was left as it is \(settings\.json\)/);
    expect(first.notice).not.toMatch(/\.broken/);
    await expect(store.update({ theme: 'dark' })).rejects.toThrow(/cannot be saved.*could not be set aside/);
    expect(await readFile(file(), 'utf8')).toBe('{"theme": ');
    expect(await readdir(dir)).toEqual(['settings.json']);
    // Once the file can be moved, the next save sets it aside first and then writes.
    renameWorks = true;
    await store.update({ theme: 'dark' });
    expect(await readFile(`${file()}.broken`, 'utf8')).toBe('{"theme": ');
    expect(JSON.parse(await readFile(file(), 'utf8'))).toMatchObject({ theme: 'dark' });
  });

  it('when the clinician removed the damaged file that could not be set aside, saves go ahead and stay', async () => {
    await writeFile(file(), '{"theme": ');
    const store = createSettingsStore({
      file: file(),
      rename: async () => {
        throw new Error('busy');
      },
    });
    await store.get();
    await rm(file());
    await store.update({ theme: 'dark' });
    await store.update({ paper: 'Letter' });
    expect(await readdir(dir)).toEqual(['settings.json']);
    expect(JSON.parse(await readFile(file(), 'utf8'))).toMatchObject({ theme: 'dark', paper: 'Letter' });
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
