// The clinician's settings in the renderer: loaded once from the host, changed optimistically and written
// back through settings:set; a refused write puts the previous values back and says why.
import { create } from 'zustand';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../electron/contract/settings';
import { callHost } from '../host/host-client';

export interface SettingsState {
  settings: Settings;
  /** false until the host answered (the welcome must not flash before we know it was dismissed) */
  loaded: boolean;
  /** a repair on load or a failed save, shown once */
  notice: string;
  update: (patch: SettingsPatch) => Promise<boolean>;
  clearNotice: () => void;
}

export const useSettings = create<SettingsState>()((set, get) => ({
  settings: DEFAULT_SETTINGS,
  loaded: false,
  notice: '',
  update: async (patch) => {
    const before = get().settings;
    set({ settings: { ...before, ...patch } });
    const saved = await callHost('settings:set', { patch });
    if (saved.ok) {
      set({ settings: saved.value });
      return true;
    }
    set({ settings: before, notice: `Settings not saved: ${saved.message}` });
    return false;
  },
  clearNotice: () => set({ notice: '' }),
}));

let loading: Promise<void> | undefined;

export function loadSettings(): Promise<void> {
  loading ??= (async () => {
    const result = await callHost('settings:get', {});
    if (!result.ok) {
      // Without a host (or with a broken one) the defaults still give a working app.
      useSettings.setState({ loaded: true, notice: `Settings could not be loaded: ${result.message}` });
      return;
    }
    useSettings.setState({ settings: result.value.settings, loaded: true, notice: result.value.notice ?? '' });
  })();
  return loading;
}
