// The clinician's preferences (one settings.json per machine profile). Validated on every load: a field
// that does not parse falls back to its default on its own, so one bad value never wipes the others.
import { z } from 'zod';

export const SETTINGS_VERSION = 1;

const line = (max: number) => z.string().max(max);

/** The paper an exported PDF is laid out for: one list for settings, the export request and the print page. */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const Paper = z.enum(PAPER_SIZES);
export type Paper = z.infer<typeof Paper>;

export const ClinicHeader = z.strictObject({
  /** practice name printed at the top of every exported plan */
  clinic: line(200),
  /** default clinician name for new plans */
  clinician: line(200),
  /** the practice's address (printed under its name; the field kept its first name, "contact") */
  contact: line(300),
  /** the practice's phone number, for the patient handout; absent in settings saved before it existed */
  phone: line(60).default(''),
});
export type ClinicHeader = z.infer<typeof ClinicHeader>;

export const SETTINGS_FIELDS = {
  /** 'system' follows the operating system's light/dark preference */
  theme: z.enum(['system', 'light', 'dark']),
  paper: Paper,
  clinicHeader: ClinicHeader,
  /** how needling depths are shown: cun only, or cun with an approximate metric / imperial length */
  units: z.enum(['cun', 'metric', 'imperial']),
  /** the first-run welcome has been read and dismissed */
  welcomeDismissed: z.boolean(),
} as const;

export const Settings = z.strictObject({ version: z.literal(SETTINGS_VERSION), ...SETTINGS_FIELDS });
export type Settings = z.infer<typeof Settings>;

/** A change from the renderer: any subset of the fields (the version is the store's business). */
export const SettingsPatch = z.strictObject(SETTINGS_FIELDS).partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  theme: 'system',
  paper: 'A4',
  clinicHeader: { clinic: '', clinician: '', contact: '', phone: '' },
  units: 'cun',
  welcomeDismissed: false,
};

export interface SettingsLoad {
  settings: Settings;
  /** fields that were present but invalid and were reset to their defaults */
  reset: string[];
}

/** Reads whatever was on disk into valid settings, field by field. Never throws. */
export function settingsFromUnknown(raw: unknown): SettingsLoad {
  const source = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const reset: string[] = [];
  for (const [key, schema] of Object.entries(SETTINGS_FIELDS)) {
    if (!(key in source)) continue;
    const parsed = (schema as z.ZodType).safeParse(source[key]);
    if (parsed.success) settings[key] = parsed.data;
    else reset.push(key);
  }
  return { settings: Settings.parse(settings), reset };
}
