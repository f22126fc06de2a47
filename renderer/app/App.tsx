// The app shell: top bar with search, the 3D viewport, the point detail panel and the plan panel,
// and a status bar carrying the clinical disclaimer. Feature areas fill these regions.
import { useCallback, useEffect, useRef, useState } from 'react';
import { onMenuCommand } from '../host/host-client';
import { AboutDialog } from '../shell/AboutDialog';
import { DetailPanel } from '../shell/DetailPanel';
import { PlanPanel } from '../shell/PlanPanel';
import { StatusBar } from '../shell/StatusBar';
import { TopBar } from '../shell/TopBar';
import { Viewport } from '../shell/Viewport';
import { useAppInfo } from './useAppInfo';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useTheme } from './useTheme';

export function App() {
  const info = useAppInfo();
  const [theme, toggleTheme] = useTheme();
  const [aboutOpen, setAboutOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  useGlobalShortcuts(searchRef);
  const openAbout = useCallback(() => setAboutOpen(true), []);

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'show-about') setAboutOpen(true);
        if (command === 'focus-search') searchRef.current?.focus();
      }),
    [],
  );

  return (
    <div className="app" data-host-status={info.status}>
      <TopBar searchRef={searchRef} theme={theme} onToggleTheme={toggleTheme} onAbout={openAbout} />
      <main className="workspace">
        <Viewport />
        <DetailPanel />
        <PlanPanel />
      </main>
      <StatusBar info={info} />
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} info={info} />
    </div>
  );
}
