// settings.json in the profile folder: loaded and validated field by field (a bad value falls back to its
// default, the rest are kept), written atomically, writes serialized. A file that is not readable settings
// is moved aside as settings.json.broken (never silently lost) and the clinician is told once.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, SettingsPatch, settingsFromUnknown, type Settings } from '../contract/settings';
import { writeFileAtomic } from './atomic-file';
import { UserFacingError } from './handler-gate';

/** Settings are a few hundred bytes; anything far bigger is not our file and is not parsed. */
const MAX_SETTINGS_BYTES = 64 * 1024;

export interface SettingsState { settings: Settings; notice?: string }

export function createSettingsStore(deps: { file: string }) {
  let loaded: Promise<SettingsState> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  async function moveAside(): Promise<void> {
    await fs.rename(deps.file, `${deps.file}.broken`).catch(() => undefined);
  }

  async function readFromDisk(): Promise<SettingsState> {
    let text: string;
    try {
      const stat = await fs.stat(deps.file);
      if (stat.size > MAX_SETTINGS_BYTES) throw new Error('too large');
      text = await fs.readFile(deps.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: DEFAULT_SETTINGS };
      await moveAside();
      return { settings: DEFAULT_SETTINGS, notice: `Your settings file could not be read and was set aside (${path.basename(deps.file)}.broken); defaults are in use.` };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      await moveAside();
      return { settings: DEFAULT_SETTINGS, notice: `Your settings file was damaged and was set aside (${path.basename(deps.file)}.broken); defaults are in use.` };
    }
    const { settings, reset } = settingsFromUnknown(raw);
    return reset.length === 0
      ? { settings }
      : { settings, notice: `Some settings were not valid and were reset to their defaults: ${reset.join(', ')}.` };
  }

  /** The current settings; the notice (if any) is reported with the first read only. */
  async function get(): Promise<SettingsState> {
    if (!loaded) return (loaded = readFromDisk());
    const { settings } = await loaded;
    return { settings };
  }

  function update(patch: unknown): Promise<Settings> {
    const parsed = SettingsPatch.safeParse(patch);
    if (!parsed.success) return Promise.reject(new UserFacingError('Those settings are not valid and were not saved.'));
    const change = parsed.data;
    const next = queue.then(async () => {
      const { settings } = await get();
      const merged: Settings = { ...settings, ...change };
      await writeFileAtomic(deps.file, `${JSON.stringify(merged, null, 2)}\n`);
      loaded = Promise.resolve({ settings: merged });
      return merged;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return { get, update };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
