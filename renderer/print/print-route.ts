// The print route lives in the URL hash so it works under app:// and the browser host alike:
// #/print/<plan id>?paper=a4|letter
import { paperFromQuery } from './print-format';

export interface PrintRoute { planId: string; paper: 'A4' | 'Letter' }

export function parsePrintRoute(hash: string): PrintRoute | undefined {
  const m = /^#\/print\/([a-z0-9-]{8,64})(\?.*)?$/.exec(hash);
  return m?.[1] ? { planId: m[1], paper: paperFromQuery(m[2] ?? '') } : undefined;
}
