import { useEffect, type RefObject } from 'react';
import { requestAdd } from '../plan/add-request';
import { useSelection } from '../state/selection';

const isTyping = (el: Element | null): boolean =>
  el instanceof HTMLInputElement ||
  el instanceof HTMLTextAreaElement ||
  (el instanceof HTMLElement && el.isContentEditable);

/** Adds the selected point to the plan (through the same safety question as the detail panel's button). */
export function addSelectedToPlan(): void {
  const code = useSelection.getState().pointCode;
  if (code) requestAdd(code);
}

/** "/" (when not typing) and Ctrl/Cmd+K focus the search field from anywhere; Ctrl/Cmd+Enter adds the
 *  selected point to the plan (not from a multi-line note, where it would surprise). */
export function useGlobalShortcuts(search: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && !(document.activeElement instanceof HTMLTextAreaElement)) {
        e.preventDefault();
        addSelectedToPlan();
        return;
      }
      const commandK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(document.activeElement);
      if (!commandK && !slash) return;
      e.preventDefault();
      search.current?.focus();
      search.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [search]);
}
