// The selected point, shared by search (writes), the detail panel and the 3D viewer (read). A pairing
// chosen in search selects its first point and keeps the whole set as context; a condition opens its own
// view (no point selected) with its points as context, shown together on the body.
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
  /** the condition view: no point selected, the condition's points as context */
  showCondition: (id: string, points: readonly string[]) => void;
  /** the pairing view: no point selected, the pairing's points as context (numbered on the body) */
  showPairing: (id: string, points: readonly string[]) => void;
  clear: () => void;
}

export const useSelection = create<SelectionState>()((set) => ({
  pointCode: null,
  context: null,
  selectPoint: (code, context = null) => set({ pointCode: code, context }),
  showCondition: (id, points) => set({ pointCode: null, context: { type: 'condition', id, points } }),
  showPairing: (id, points) => set({ pointCode: null, context: { type: 'pairing', id, points } }),
  clear: () => set({ pointCode: null, context: null }),
}));
