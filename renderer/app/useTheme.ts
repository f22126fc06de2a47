import { useCallback, useEffect, useState } from 'react';
import { useSettings } from '../settings/settings-store';

export type Theme = 'light' | 'dark';

const darkQuery = (): MediaQueryList => window.matchMedia('(prefers-color-scheme: dark)');

/** The theme in effect on <html data-theme>: the saved choice, or the system's when set to follow it. */
export function useTheme(): [Theme, () => void] {
  const choice = useSettings((s) => s.settings.theme);
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches);
  useEffect(() => {
    const query = darkQuery();
    const onChange = (): void => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const theme: Theme = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const toggle = useCallback(
    () => void useSettings.getState().update({ theme: theme === 'light' ? 'dark' : 'light' }),
    [theme],
  );
  return [theme, toggle];
}
