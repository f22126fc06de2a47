import type { RefObject } from 'react';
import { openAppDialog } from '../app/dialog-store';
import type { Theme } from '../app/useTheme';
import { SearchBox } from '../search/SearchBox';
import { useSearch } from '../search/useSearch';

export interface TopBarProps {
  searchRef: RefObject<HTMLInputElement | null>;
  theme: Theme;
  onToggleTheme: () => void;
}

export function TopBar({ searchRef, theme, onToggleTheme }: TopBarProps) {
  const { search, select } = useSearch();
  return (
    <header className="topbar">
      {/* the page's one h1 */}
      <h1 className="brand">
        <span className="brand-mark" aria-hidden="true">
          穴
        </span>
        <span className="brand-name">Acupoint Reference</span>
      </h1>
      <SearchBox inputRef={searchRef} search={search} onSelect={select} />
      <div className="topbar-actions">
        <button
          type="button"
          onClick={onToggleTheme}
          aria-label={`Switch to ${theme === 'light' ? 'dark' : 'light'} theme`}
        >
          {theme === 'light' ? 'Dark' : 'Light'} theme
        </button>
        <button type="button" onClick={() => openAppDialog('settings')}>
          Settings
        </button>
        <button type="button" onClick={() => openAppDialog('about')}>
          About
        </button>
      </div>
    </header>
  );
}
