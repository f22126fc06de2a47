// The search field with results as you type: an ARIA combobox whose listbox groups results by type.
// Arrow keys move the active option, Enter selects it (the first one by default), Esc closes.
// Options are not focusable, so Tab still leaves the field for the next control.
import { useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import type { SearchResult } from '../../points/search/types';
import { displayOrder, groupResults } from './group-results';
import { SearchResults } from './SearchResults';
import './search.css';

export interface SearchBoxProps {
  inputRef: RefObject<HTMLInputElement | null>;
  search: (query: string) => SearchResult[];
  onSelect: (result: SearchResult) => void;
}

const LISTBOX_ID = 'search-results';

export function SearchBox({ inputRef, search, onSelect }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const groups = useMemo(() => groupResults(search(query)), [search, query]);
  const ordered = useMemo(() => displayOrder(groups), [groups]);
  const showList = open && query.trim().length > 0;
  const activeResult = showList ? ordered[active] : undefined;

  const choose = (r: SearchResult | undefined): void => {
    if (!r) return;
    onSelect(r);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!showList) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (ordered.length === 0 ? 0 : (a + step + ordered.length) % ordered.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(ordered[showList ? active : 0]);
    } else if (e.key === 'Escape') {
      // Esc closes the list first; a second Esc clears the field. (Not the browser's own clear of
      // type="search" inputs, which would also drop the query on the first Esc.)
      e.preventDefault();
      if (showList) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="search" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        Search points, names, conditions
      </label>
      <input
        id="search-input"
        ref={inputRef}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={activeResult ? optionId(activeResult) : undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        placeholder="Search a code, name or condition — gb30, huantiao, 环跳, sciatica"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <kbd className="search-hint" aria-hidden="true">
        /
      </kbd>
      {showList && (
        <SearchResults
          id={LISTBOX_ID}
          query={query}
          groups={groups}
          active={activeResult}
          optionId={optionId}
          onChoose={choose}
          onHover={(r) => setActive(ordered.indexOf(r))}
        />
      )}
    </div>
  );
}

export function optionId(r: SearchResult): string {
  return `search-option-${r.type}-${r.id}`;
}
