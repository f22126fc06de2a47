// app:info — the name, version, host kind and data folder. Electron-free: everything is injected.
import type { AppInfo } from '../contract/host-api';

export interface AppInfoDeps {
  name: string;
  version: string;
  host: AppInfo['host'];
  platform: string;
  versions: Record<string, string | undefined>;
  dataDir: string;
}

export function createAppInfoService(deps: AppInfoDeps): () => AppInfo {
  const versions: Record<string, string> = {};
  for (const [k, v] of Object.entries(deps.versions)) if (typeof v === 'string') versions[k] = v;
  const info: AppInfo = { ...deps, versions };
  return () => info;
}
