// The one host boundary between the renderer and the platform (Electron main, or the browser host in tests).
// Every channel is named `domain:verb` and has a request and a response zod schema; types come from z.infer.
// Errors cross as { ok: false, code, message } — never a stack trace, never patient data.
import { z } from 'zod';
import { CHANNEL_NAMES, type ChannelName } from './channels';
import { Plan, PlanProblem, PlanSummary, PlanVersion } from './plan';
import { Paper, Settings, SettingsPatch } from './settings';

export { CHANNEL_NAMES, MENU_EVENT, BRIDGE_GLOBAL } from './channels';

export const AppInfo = z.strictObject({
  name: z.string(),
  version: z.string(),
  /** 'electron' in the desktop app, 'browser' in the browser host (tests, preview) */
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
  /** versions of the runtime pieces, for the About box */
  versions: z.record(z.string(), z.string()),
  /** where plans are stored on this machine */
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** The two documents a plan exports: the clinical record, and the patient's plain-language handout. */
export const PRINT_DOCUMENTS = ['record', 'handout'] as const;
export type PrintDocument = (typeof PRINT_DOCUMENTS)[number];

const PlanId = z.strictObject({ id: z.string().max(64) });
const Done = z.strictObject({ done: z.literal(true) });

export const HOST_CHANNELS = {
  'app:info': { request: z.strictObject({}), response: AppInfo },
  'plans:list': {
    request: z.strictObject({ query: z.string().max(200).optional() }),
    response: z.strictObject({ plans: z.array(PlanSummary), problems: z.array(PlanProblem) }),
  },
  'plans:open': { request: PlanId, response: Plan },
  'plans:save': { request: z.strictObject({ plan: Plan }), response: Plan, changesPlans: true },
  'plans:duplicate': { request: PlanId, response: Plan, changesPlans: true },
  'plans:delete': { request: PlanId, response: Done, changesPlans: true },
  'plans:restore': { request: PlanId, response: Done, changesPlans: true },
  /** the files holding one plan id, primary first (more than one: a copy or a sync conflict) */
  'plans:versions': { request: PlanId, response: z.strictObject({ versions: z.array(PlanVersion) }) },
  /** keep-one: the chosen file becomes the plan, the others go to the trash folder; keep-all: the others
   *  are stored as separate plans with new ids */
  'plans:resolve': {
    changesPlans: true,
    request: z.strictObject({
      id: z.string().max(64),
      keep: z.string().max(255),
      mode: z.enum(['keep-one', 'keep-all']),
    }),
    response: z.strictObject({ kept: PlanSummary, copies: z.array(PlanSummary) }),
  },
  'plans:export-pdf': {
    request: z.strictObject({
      id: z.string().max(64),
      paper: Paper,
      /** record (default): the clinical record; handout: the patient's plain-language home-care sheet */
      document: z.enum(PRINT_DOCUMENTS).optional(),
      /** handout: the plan's home-care items to print, by position; all when absent */
      homeCare: z.array(z.number().int().min(0).max(49)).max(50).optional(),
    }),
    /** saved: false when the clinician cancelled the save dialog */
    response: z.strictObject({ saved: z.boolean(), path: z.string().optional() }),
  },
  /** asks the host for a plan file (open dialog) and stores a copy; plan absent when cancelled */
  'plans:import': {
    request: z.strictObject({}),
    response: z.strictObject({ plan: Plan.optional() }),
    changesPlans: true,
  },
  'plans:export-file': {
    request: PlanId,
    response: z.strictObject({ saved: z.boolean(), path: z.string().optional() }),
  },
  /** plan files the OS handed to the app (double-click, command line), opened and stored; taken once */
  'plans:take-opened': {
    changesPlans: true,
    request: z.strictObject({}),
    response: z.strictObject({
      plans: z.array(PlanSummary),
      problems: z.array(z.strictObject({ file: z.string(), message: z.string() })),
    }),
  },
  /** notice: said once, when the stored settings had to be repaired */
  'settings:get': {
    request: z.strictObject({}),
    response: z.strictObject({ settings: Settings, notice: z.string().optional() }),
  },
  'settings:set': { request: z.strictObject({ patch: SettingsPatch }), response: Settings },
} as const satisfies Record<ChannelName, ChannelSpec>;

/** changesPlans: the call can change which plans exist or their order (Open Recent is re-read after it). */
interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
  changesPlans?: true;
}
export const changesPlans = (channel: Channel): boolean => 'changesPlans' in HOST_CHANNELS[channel];

export type Channel = keyof typeof HOST_CHANNELS;
// Compile-time check that the name list and the schema table agree in both directions.
const _namesCovered: readonly Channel[] = CHANNEL_NAMES;
void _namesCovered;
export type RequestOf<C extends Channel> = z.infer<(typeof HOST_CHANNELS)[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<(typeof HOST_CHANNELS)[C]['response']>;
/** What a host implements: one handler per channel (electron/services/services.ts builds them). */
export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C> };

export const ERROR_CODES = ['unknown-channel', 'forbidden-sender', 'bad-request', 'bad-response', 'failed'] as const;
export const HostError = z.strictObject({ ok: z.literal(false), code: z.enum(ERROR_CODES), message: z.string() });
export type HostError = z.infer<typeof HostError>;
export type HostResult<T> = { ok: true; value: T } | HostError;

/** What the preload (Electron) or the init script (browser host) puts on `window.acupointHost`. */
export interface HostBridge {
  invoke(channel: string, request: unknown): Promise<unknown>;
  /** subscribe to menu commands; returns an unsubscribe function */
  onMenuCommand(listener: (command: unknown) => void): () => void;
}

/** Commands the native menu (and the OS, for opened files) send to the renderer (main → renderer, one way). */
export const MENU_COMMANDS = [
  'plan-new',
  'plan-open',
  'plan-save',
  'plan-export-pdf',
  'plan-export-handout',
  'plan-import',
  'plan-export-file',
  'show-settings',
  'focus-search',
  'add-to-plan',
  'view-front',
  'view-back',
  'view-left',
  'view-right',
  'toggle-channels',
  'show-about',
  'show-welcome',
  /** files arrived from the OS: ask plans:take-opened */
  'files-opened',
] as const;
export const SimpleMenuCommand = z.enum(MENU_COMMANDS);
/** Open Recent → one stored plan */
export const OpenPlanCommand = z.strictObject({ command: z.literal('open-plan'), id: z.string().max(64) });
export const MenuCommand = z.union([SimpleMenuCommand, OpenPlanCommand]);
export type MenuCommand = z.infer<typeof MenuCommand>;

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(HOST_CHANNELS, name);
