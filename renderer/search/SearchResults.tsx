// The results dropdown: one labelled group per result type, each option a title line and a subtitle.
// Options react to the mouse (mousedown, so the input keeps focus; a real move to highlight) and are driven
// by the combobox keys.
import type { SearchResult } from '../../points/search/types';
import type { ResultGroup } from './group-results';
import { matchReason } from './match-reason';

export interface SearchResultsProps {
  id: string;
  query: string;
  groups: readonly ResultGroup[];
  active: SearchResult | undefined;
  optionId: (r: SearchResult) => string;
  onChoose: (r: SearchResult) => void;
  onHover: (r: SearchResult) => void;
}

export function SearchResults({ id, query, groups, active, optionId, onChoose, onHover }: SearchResultsProps) {
  return (
    // tabIndex -1: a list long enough to scroll would otherwise be a Tab stop of its own (Chromium makes
    // scrollers keyboard-focusable); arrows from the search field move through it, Tab leaves it.
    <div id={id} className="search-results" role="listbox" aria-label="Search results" tabIndex={-1}>
      {groups.length === 0 && (
        <p className="search-empty muted">
          No match. Try a code (gb30), pinyin, hanzi, an English name or a condition.
        </p>
      )}
      {groups.map((g) => (
        <div key={g.type} role="group" aria-labelledby={`${id}-${g.type}`} className="search-group" data-type={g.type}>
          <div id={`${id}-${g.type}`} className="search-group-label" role="presentation">
            {g.label}
          </div>
          {g.items.map((r) => (
            <div
              key={`${r.type}:${r.id}`}
              id={optionId(r)}
              role="option"
              aria-selected={r === active}
              className="search-option"
              data-result-id={r.id}
              onMouseDown={(e) => {
                e.preventDefault();
                onChoose(r);
              }}
              // Only a mouse that really moves takes the highlight: a list opening under a resting pointer
              // (Chromium sends a zero-movement mousemove then) must not steal Enter from the keyboard.
              onMouseMove={(e) => {
                if (e.movementX !== 0 || e.movementY !== 0) onHover(r);
              }}
            >
              <span className="search-option-title">
                {r.title}{' '}
                <span className="search-option-why" data-why>
                  {matchReason(r, query)}
                </span>
              </span>
              {r.subtitle && <span className="search-option-subtitle muted">{r.subtitle}</span>}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
