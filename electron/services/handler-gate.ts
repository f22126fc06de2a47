// The one gate every host call passes: known channel, trusted sender, valid request, valid response.
// Failures become { ok:false, code, message }; internal errors are logged by the host without payloads
// (plans hold patient data) and never cross the boundary with a stack trace.
import { HOST_CHANNELS, isChannel, type Handlers, type HostResult } from '../contract/host-api';
import { UserFacingError } from './errors';

export interface GateOptions {
  handlers: Handlers;
  /** true when the calling frame's URL belongs to our own renderer */
  isTrustedSender: (senderUrl: string | undefined) => boolean;
  /** receives internal failures (channel and error name only); defaults to nothing */
  onInternalError?: (channel: string, error: unknown) => void;
}

export type Gate = (channel: unknown, senderUrl: string | undefined, request: unknown) => Promise<HostResult<unknown>>;

export function createGate(options: GateOptions): Gate {
  return async (channel, senderUrl, request) => {
    if (!isChannel(channel)) return fail('unknown-channel', 'This action is not available.');
    if (!options.isTrustedSender(senderUrl)) return fail('forbidden-sender', 'The request did not come from the app.');
    const spec = HOST_CHANNELS[channel];
    const parsed = spec.request.safeParse(request);
    if (!parsed.success)
      return fail('bad-request', `Invalid request for ${channel}: ${summarise(parsed.error.issues)}`);
    let value: unknown;
    try {
      value = await (options.handlers[channel] as (r: unknown) => unknown)(parsed.data);
    } catch (error) {
      options.onInternalError?.(channel, error);
      return fail('failed', userMessage(error, channel));
    }
    const checked = spec.response.safeParse(value);
    if (!checked.success) {
      options.onInternalError?.(channel, checked.error);
      return fail('bad-response', `The app produced an invalid answer for ${channel}.`);
    }
    return { ok: true, value: checked.data };
  };
}

function fail(code: Exclude<HostResult<unknown>, { ok: true }>['code'], message: string): HostResult<never> {
  return { ok: false, code, message };
}

interface Issue {
  path: PropertyKey[];
  message: string;
}
function summarise(issues: readonly Issue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(request)'}: ${i.message}`)
    .join('; ');
}

/** Services throw UserFacingError for messages meant for the clinician; anything else stays generic. */
export { UserFacingError };

function userMessage(error: unknown, channel: string): string {
  if (error instanceof UserFacingError) return error.message;
  return `Something went wrong while handling ${channel}.`;
}
