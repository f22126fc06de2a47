// The filter bar's state, read by the markers and the channel lines (no re-render elsewhere).
import { create } from 'zustand';
import type { ViewerFilter } from './viewer-filter';

export interface FilterState extends ViewerFilter {
  setChannel: (channel: string) => void;
  setPlanOnly: (planOnly: boolean) => void;
}

export const useViewerFilter = create<FilterState>()((set) => ({
  channel: 'all',
  planOnly: false,
  setChannel: (channel) => set({ channel }),
  setPlanOnly: (planOnly) => set({ planOnly }),
}));
