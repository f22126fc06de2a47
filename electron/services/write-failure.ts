// Why a plan could not be written, in the clinician's words — disk full, read-only, no permission, the
// plans folder replaced by a file — instead of "something went wrong". The previous version is intact
// whatever happened (writes are atomic), and the message says so.
const KEPT = 'The last saved version is kept.';

export function writeFailureMessage(error: unknown, dir: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `Not saved: the disk is full. Free some space and the plan saves again. ${KEPT}`;
    case 'EROFS':
      return `Not saved: the plans folder is on a read-only drive (${dir}). ${KEPT}`;
    case 'EACCES':
    case 'EPERM':
      return `Not saved: no permission to write in the plans folder (${dir}). ${KEPT}`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `Not saved: the plans folder (${dir}) is not a folder any more. ${KEPT}`;
    default:
      return `Not saved: the plan could not be written to disk${code ? ` (${code})` : ''}. ${KEPT}`;
  }
}
