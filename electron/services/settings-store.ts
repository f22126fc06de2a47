// settings.json in the profile folder: loaded and validated field by field (a bad value falls back to its
// default, the rest are kept), written atomically, writes serialized. A file that is not readable settings
// is moved aside as settings.json.broken (.broken.1, … — never over an earlier copy) and the clinician is
// told once, truthfully: if it could not be moved, it is not overwritten either.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, SettingsPatch, settingsFromUnknown, type Settings } from '../contract/settings';
import { writeFileAtomic } from './atomic-file';
import { UserFacingError } from './errors';

/** Settings are a few hundred bytes; anything far bigger is not our file and is not parsed. */
const MAX_SETTINGS_BYTES = 64 * 1024;

export interface SettingsState {
  settings: Settings;
  notice?: string;
}

/** How many set-aside copies are kept apart before giving up (and keeping the damaged file in place). */
const MAX_BROKEN_COPIES = 100;
const BOM = '\uFEFF';

export interface SettingsStoreDeps {
  file: string;
  /** fault injection for tests: the move that sets a damaged file aside; default fs.rename */
  rename?: (from: string, to: string) => Promise<void>;
}

export function createSettingsStore(deps: SettingsStoreDeps) {
  const rename = deps.rename ?? fs.rename;
  let loaded: Promise<SettingsState> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  /** the damaged file could not be moved aside: it stays, and no save may replace it */
  let damagedInPlace = false;

  /** Moves the damaged file to the first free settings.json.broken[.n]; its name, or undefined if it stayed. */
  async function moveAside(): Promise<string | undefined> {
    for (let n = 0; n < MAX_BROKEN_COPIES; n++) {
      const target = n === 0 ? `${deps.file}.broken` : `${deps.file}.broken.${n}`;
      // rename() replaces an existing target silently, so an earlier copy is looked for first. The data
      // folder lock makes this process the only writer, so nothing appears between the check and the move.
      if (
        await fs.lstat(target).then(
          () => true,
          () => false,
        )
      )
        continue;
      try {
        await rename(deps.file, target);
        return path.basename(target);
      } catch {
        return undefined;
      }
    }
    return undefined;
  }

  async function setAside(problem: string): Promise<SettingsState> {
    const copy = await moveAside();
    damagedInPlace = copy === undefined;
    const name = path.basename(deps.file);
    return {
      settings: DEFAULT_SETTINGS,
      notice: copy
        ? `Your settings file ${problem} and was set aside (${copy}); defaults are in use.`
        : `Your settings file ${problem} and could not be set aside, so it was left as it is (${name}); ` +
          'defaults are in use, and changes to settings will not be saved until that file is moved or removed.',
    };
  }

  async function readFromDisk(): Promise<SettingsState> {
    let text: string;
    try {
      const stat = await fs.stat(deps.file);
      if (stat.size > MAX_SETTINGS_BYTES) throw new Error('too large');
      text = await fs.readFile(deps.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: DEFAULT_SETTINGS };
      return setAside('could not be read');
    }
    let raw: unknown;
    try {
      // Windows editors (Notepad) save UTF-8 with a byte-order mark, which JSON.parse rejects.
      raw = JSON.parse(text.startsWith(BOM) ? text.slice(BOM.length) : text);
    } catch {
      return setAside('was damaged');
    }
    // Valid JSON that is not an object (null, a number, a list) holds no settings: treated as damage, so it
    // is kept for a look rather than silently replaced by the next save.
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
      return setAside('was damaged (it holds no settings)');
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
      // A damaged file that could not be set aside on load gets one more try; it is never overwritten.
      if (damagedInPlace) {
        const stillThere = await fs.lstat(deps.file).then(
          () => true,
          () => false,
        );
        if (stillThere && !(await moveAside())) {
          throw new UserFacingError(
            `Settings cannot be saved: the damaged settings file (${path.basename(deps.file)}) could not be set aside. Move or remove it, then try again.`,
          );
        }
        damagedInPlace = false;
      }
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
