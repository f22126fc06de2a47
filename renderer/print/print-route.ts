// The print route lives in the URL hash so it works under app:// and the browser host alike:
// #/print/<plan id>?paper=a4|letter&doc=handout&items=0,2&job=<id>. `#/print` alone is the idle print page:
// a hidden page kept warm between exports shows no plan. `job` lets the host tell this export's ready
// signal from an older one. `doc` chooses the clinical record (default) or the patient handout; `items`
// the home-care items (by position) the handout prints.
import type { PrintDocument } from '../../electron/contract/host-api';
import type { Paper } from '../../electron/contract/settings';
import { paperFromQuery } from './print-format';

export interface PrintRoute {
  planId?: string;
  paper: Paper;
  job?: string;
  document: PrintDocument;
  /** handout: home-care items to print, by position; undefined = all */
  homeCare?: number[];
}

export function parsePrintRoute(hash: string): PrintRoute | undefined {
  const m = /^#\/print(?:\/([a-z0-9-]{8,64}))?(\?.*)?$/.exec(hash);
  if (!m) return undefined;
  const query = new URLSearchParams(m[2] ?? '');
  const job = query.get('job') ?? undefined;
  const items = query.get('items');
  return {
    planId: m[1],
    paper: paperFromQuery(m[2] ?? ''),
    job: job && /^[a-z0-9-]{1,64}$/.test(job) ? job : undefined,
    document: query.get('doc') === 'handout' ? 'handout' : 'record',
    homeCare:
      items === null
        ? undefined
        : items
            .split(',')
            .filter((s) => /^\d{1,2}$/.test(s))
            .map(Number),
  };
}
