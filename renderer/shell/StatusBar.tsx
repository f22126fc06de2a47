import type { AppInfoState } from '../app/useAppInfo';

export const DISCLAIMER =
  'Reference support for qualified practitioners. It does not replace clinical judgement, examination or referral.';

export function StatusBar({ info }: { info: AppInfoState }) {
  return (
    <footer className="statusbar">
      <p className="disclaimer" role="note">
        {DISCLAIMER}
      </p>
      <p className="host-info" data-testid="host-info" aria-live="polite">
        {info.status === 'loading' && 'Connecting…'}
        {info.status === 'error' && <span className="error">Host unavailable: {info.message}</span>}
        {info.status === 'ready' && (
          <>
            {info.info.name} {info.info.version} · {info.info.host === 'electron' ? 'desktop' : 'browser host'} ·
            offline
          </>
        )}
      </p>
    </footer>
  );
}
