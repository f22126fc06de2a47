// The native menu's View → Front/Back/Left/Right (Ctrl/Cmd+1…4) drive the camera presets, and
// View → Show or Hide Channel Lines (Ctrl/Cmd+L) the lines.
import { useEffect } from 'react';
import { onMenuCommand } from '../host/host-client';
import type { PresetView } from './scene-math';
import { useViewerCommands } from './viewer-commands';
import { useViewerFilter } from './filter-store';

const MENU_VIEWS: Record<string, PresetView> = {
  'view-front': 'front',
  'view-back': 'back',
  'view-left': 'left',
  'view-right': 'right',
};

export function useMenuViews(): void {
  useEffect(
    () =>
      onMenuCommand((command) => {
        const view = typeof command === 'string' ? MENU_VIEWS[command] : undefined;
        if (view) useViewerCommands.getState().send({ kind: 'preset', view });
        if (command === 'toggle-channels') {
          const filter = useViewerFilter.getState();
          filter.setShowLines(!filter.showLines);
        }
      }),
    [],
  );
}
