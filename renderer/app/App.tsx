// The app shell: top bar with search, the 3D viewport, the point detail panel and the plan panel,
// a status bar carrying the clinical disclaimer, and the app's dialogs (about, settings, welcome, open).
import { useCallback, useEffect, useRef } from 'react';
import { OpenPlanDialog } from '../plan/OpenPlanDialog';
import { HandoutDialog } from '../plan/HandoutDialog';
import { SettingsDialog } from '../settings/SettingsDialog';
import { loadSettings, useSettings } from '../settings/settings-store';
import { AboutDialog } from '../shell/AboutDialog';
import { DetailPanel } from '../shell/DetailPanel';
import { PlanPanel } from '../shell/PlanPanel';
import { StatusBar } from '../shell/StatusBar';
import { TopBar } from '../shell/TopBar';
import { Viewport } from '../shell/Viewport';
import { WelcomeDialog } from '../shell/WelcomeDialog';
import { useAppInfo } from './useAppInfo';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { closeAppDialog, useAppDialog } from './dialog-store';
import { useMenuCommands } from './useMenuCommands';
import { useTheme } from './useTheme';

/** Each dialog closes only itself (see closeAppDialog). */
const CLOSERS = {
  about: () => closeAppDialog('about'),
  settings: () => closeAppDialog('settings'),
  'open-plan': () => closeAppDialog('open-plan'),
  handout: () => closeAppDialog('handout'),
} as const;

export function App() {
  const info = useAppInfo();
  const [theme, toggleTheme] = useTheme();
  const dialog = useAppDialog((s) => s.open);
  const searchRef = useRef<HTMLInputElement>(null);
  const settingsLoaded = useSettings((s) => s.loaded);
  const welcomeDismissed = useSettings((s) => s.settings.welcomeDismissed);
  useGlobalShortcuts(searchRef);
  const notice = useSettings((s) => s.notice);
  useMenuCommands(searchRef);

  useEffect(() => void loadSettings(), []);
  // First run: the welcome opens once settings say it was never dismissed.
  useEffect(() => {
    if (settingsLoaded && !welcomeDismissed) useAppDialog.setState((s) => ({ open: s.open ?? 'welcome' }));
  }, [settingsLoaded, welcomeDismissed]);
  const closeWelcome = useCallback(() => {
    closeAppDialog('welcome');
    if (!useSettings.getState().settings.welcomeDismissed)
      void useSettings.getState().update({ welcomeDismissed: true });
  }, []);

  return (
    <div className="app" data-host-status={info.status}>
      <TopBar searchRef={searchRef} theme={theme} onToggleTheme={toggleTheme} />
      <div className="notice-slot">
        {notice && (
          <div className="notice-banner" role="alert">
            {notice}{' '}
            <button type="button" onClick={useSettings.getState().clearNotice}>
              Dismiss
            </button>
          </div>
        )}
      </div>
      <main className="workspace">
        <Viewport />
        <DetailPanel />
        <PlanPanel />
      </main>
      <StatusBar info={info} />
      <AboutDialog open={dialog === 'about'} onClose={CLOSERS['about']} info={info} />
      <SettingsDialog open={dialog === 'settings'} onClose={CLOSERS['settings']} />
      <WelcomeDialog open={dialog === 'welcome'} onClose={closeWelcome} info={info} />
      <OpenPlanDialog open={dialog === 'open-plan'} onClose={CLOSERS['open-plan']} />
      <HandoutDialog open={dialog === 'handout'} onClose={CLOSERS['handout']} />
    </div>
  );
}
