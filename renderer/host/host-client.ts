// The renderer's only way to the platform: window.acupointHost (preload in Electron, init script in the
// browser host). Requests and responses are checked against the shared contract on this side too.
import {
  BRIDGE_GLOBAL,
  HOST_CHANNELS,
  HostError,
  MenuCommand,
  type Channel,
  type HostBridge,
  type HostResult,
  type RequestOf,
  type ResponseOf,
} from '../../electron/contract/host-api';

function bridge(): HostBridge | undefined {
  return (window as unknown as Record<string, HostBridge | undefined>)[BRIDGE_GLOBAL];
}

export async function callHost<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
): Promise<HostResult<ResponseOf<C>>> {
  const host = bridge();
  if (!host)
    return {
      ok: false,
      code: 'failed',
      message: 'The app is running without its host (open it with npm start or npm run preview).',
    };
  let raw: unknown;
  try {
    raw = await host.invoke(channel, request);
  } catch {
    return { ok: false, code: 'failed', message: `The host did not answer ${channel}.` };
  }
  const failure = HostError.safeParse(raw);
  if (failure.success) return failure.data;
  const envelope = raw as { ok?: unknown; value?: unknown } | null;
  const value = HOST_CHANNELS[channel].response.safeParse(envelope?.ok === true ? envelope.value : undefined);
  if (!value.success) return { ok: false, code: 'bad-response', message: `Unexpected answer for ${channel}.` };
  return { ok: true, value: value.data as ResponseOf<C> };
}

/** Subscribes to native-menu commands; unknown commands are ignored. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const host = bridge();
  if (!host) return () => undefined;
  return host.onMenuCommand((raw) => {
    const parsed = MenuCommand.safeParse(raw);
    if (parsed.success) listener(parsed.data);
  });
}
