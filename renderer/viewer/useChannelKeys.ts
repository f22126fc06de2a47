// Viewer keyboard: ↓/→ select the next point of the selected point's channel, ↑/← the previous, Esc
// clears the selection. Left alone while typing in a field or a select (those keys are theirs), with
// a modifier held (Alt+↑/↓ reorders plan rows), and while a dialog or the search results are open
// (their Esc closes them first).
import { useEffect } from 'react';
import { allCodes } from '../data/knowledge';
import { useSelection } from '../state/selection';
import { stepInChannel } from './viewer-filter';

const STEP: Readonly<Record<string, 1 | -1>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

const isTextField = (el: Element | null): boolean =>
  (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(el.type)) ||
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLElement && el.isContentEditable);

const overlayOpen = (): boolean =>
  document.querySelector('dialog[open], [role="combobox"][aria-expanded="true"]') !== null;

export function useChannelKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (isTextField(document.activeElement) || overlayOpen()) return;
      const { pointCode, selectPoint, clear } = useSelection.getState();
      if (!pointCode) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        clear();
        return;
      }
      const delta = STEP[e.key];
      const next = delta === undefined ? undefined : stepInChannel(pointCode, allCodes(), delta);
      if (delta !== undefined) e.preventDefault();
      if (next) selectPoint(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
