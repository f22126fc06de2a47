import type { RefObject } from 'react';
import type { Theme } from '../app/useTheme';

export interface TopBarProps {
  searchRef: RefObject<HTMLInputElement | null>;
  theme: Theme;
  onToggleTheme: () => void;
  onAbout: () => void;
}

export function TopBar({ searchRef, theme, onToggleTheme, onAbout }: TopBarProps) {
  return (
    <header className="topbar">
      <div className="brand" aria-label="Acupoint Reference">
        <span className="brand-mark" aria-hidden="true">穴</span>
        <span className="brand-name">Acupoint Reference</span>
      </div>
      <div className="search" role="search">
        <label htmlFor="search-input" className="visually-hidden">Search points, names, conditions</label>
        <input
          id="search-input"
          ref={searchRef}
          type="search"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          placeholder="Search a code, name or condition — gb30, huantiao, 环跳, sciatica"
        />
        <kbd className="search-hint" aria-hidden="true">/</kbd>
      </div>
      <div className="topbar-actions">
        <button type="button" onClick={onToggleTheme} aria-label={`Switch to ${theme === 'light' ? 'dark' : 'light'} theme`}>
          {theme === 'light' ? 'Dark' : 'Light'} theme
        </button>
        <button type="button" onClick={onAbout}>About</button>
      </div>
    </header>
  );
}
