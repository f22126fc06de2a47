// The print route lives in the URL hash so it works under app:// and the browser host alike:
// #/print/<plan id>?paper=a4|letter&job=<id>. `#/print` alone is the idle print page: a hidden page kept
// warm between exports shows no plan. `job` lets the host tell this export's ready signal from an older one.
import { paperFromQuery } from './print-format';

export interface PrintRoute { planId?: string; paper: 'A4' | 'Letter'; job?: string }

export function parsePrintRoute(hash: string): PrintRoute | undefined {
  const m = /^#\/print(?:\/([a-z0-9-]{8,64}))?(\?.*)?$/.exec(hash);
  if (!m) return undefined;
  const job = new URLSearchParams(m[2] ?? '').get('job') ?? undefined;
  return { planId: m[1], paper: paperFromQuery(m[2] ?? ''), job: job && /^[a-z0-9-]{1,64}$/.test(job) ? job : undefined };
}
