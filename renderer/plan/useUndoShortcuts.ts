import { useEffect } from 'react';
import { usePlanStore } from './plan-store';

const isTextField = (el: Element | null): boolean =>
  (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(el.type)) ||
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLElement && el.isContentEditable);

/** Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo — left to the text field itself while typing. */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(document.activeElement)) return;
      const key = e.key.toLowerCase();
      const isRedo = (key === 'z' && e.shiftKey) || (key === 'y' && e.ctrlKey && !e.shiftKey);
      const isUndo = key === 'z' && !e.shiftKey;
      if (!isUndo && !isRedo) return;
      e.preventDefault();
      if (isRedo) usePlanStore.getState().redo();
      else usePlanStore.getState().undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
