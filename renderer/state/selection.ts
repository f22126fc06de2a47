// The selected point, shared by search (writes), the detail panel and the 3D viewer (read). A
// pairing or condition chosen in search selects its first point and keeps the whole set as context.
import { create } from 'zustand';

export interface SelectionContext {
  type: 'pairing' | 'condition';
  id: string;
  /** WHO codes of the pairing's / condition's points, in their listed order */
  points: readonly string[];
}

export interface SelectionState {
  /** WHO code of the selected point ("GB30"), or null */
  pointCode: string | null;
  context: SelectionContext | null;
  selectPoint: (code: string, context?: SelectionContext | null) => void;
  clear: () => void;
}

export const useSelection = create<SelectionState>()((set) => ({
  pointCode: null,
  context: null,
  selectPoint: (code, context = null) => set({ pointCode: code, context }),
  clear: () => set({ pointCode: null, context: null }),
}));
