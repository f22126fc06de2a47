// Channel and event names only, without zod, so the preload bundle stays tiny. host-api.ts checks that
// its schemas cover exactly these names.
export const CHANNEL_NAMES = [
  'app:info',
  'plans:list',
  'plans:open',
  'plans:save',
  'plans:duplicate',
  'plans:delete',
  'plans:restore',
  'plans:versions',
  'plans:resolve',
  'plans:export-pdf',
  'plans:import',
  'plans:export-file',
  'plans:take-opened',
  'settings:get',
  'settings:set',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];
export const MENU_EVENT = 'menu:command';
export const BRIDGE_GLOBAL = 'acupointHost';
