import { useEffect, useState } from 'react';
import type { AppInfo } from '../../electron/contract/host-api';
import { callHost } from '../host/host-client';

export type AppInfoState =
  { status: 'loading' } | { status: 'ready'; info: AppInfo } | { status: 'error'; message: string };

/** Asks the host for app:info once. */
export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void callHost('app:info', {}).then((r) => {
      if (live) setState(r.ok ? { status: 'ready', info: r.value } : { status: 'error', message: r.message });
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
