// The filter bar's state, read by the markers and the channel lines (no re-render elsewhere).
import { create } from 'zustand';
import type { CategoryFilter, ViewerFilter } from './viewer-filter';

export interface FilterState extends ViewerFilter {
  setChannel: (channel: string) => void;
  setCategory: (category: CategoryFilter) => void;
  setPlanOnly: (planOnly: boolean) => void;
  /** channel lines drawn at all (View → Show or Hide Channel Lines, Ctrl/Cmd+L) */
  showLines: boolean;
  setShowLines: (showLines: boolean) => void;
}

export const useViewerFilter = create<FilterState>()((set) => ({
  channel: 'all',
  category: 'all',
  planOnly: false,
  setChannel: (channel) => set({ channel }),
  setCategory: (category) => set({ category }),
  setPlanOnly: (planOnly) => set({ planOnly }),
  showLines: true,
  setShowLines: (showLines) => set({ showLines }),
}));
