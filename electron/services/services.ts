// Builds the handler for every host channel from injected dependencies. Both hosts (Electron main and the
// browser host) call this, so tests exercise the same services the desktop app runs.
import type { Channel, RequestOf, ResponseOf } from '../contract/host-api';
import { createAppInfoService, type AppInfoDeps } from './app-info';

export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C> };

export interface ServiceDeps {
  appInfo: AppInfoDeps;
}

export function createServices(deps: ServiceDeps): Handlers {
  const appInfo = createAppInfoService(deps.appInfo);
  return {
    'app:info': () => appInfo(),
  };
}
