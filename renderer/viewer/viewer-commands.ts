// Camera commands from buttons, the native menu and selection, consumed by CameraRig. A sequence
// number makes repeating the same command (front, front) animate again.
import { create } from 'zustand';
import type { PresetView } from './scene-math';

export type CameraCommand = { kind: 'preset'; view: PresetView } | { kind: 'focus' };

interface ViewerCommands {
  command: CameraCommand | null;
  seq: number;
  send: (command: CameraCommand) => void;
}

export const useViewerCommands = create<ViewerCommands>()((set) => ({
  command: null,
  seq: 0,
  send: (command) => set((s) => ({ command, seq: s.seq + 1 })),
}));
