// The compact filter bar over the 3D view: channel, point category, plan points only, and the seven
// seed points one click away. Native controls, so Tab, arrows and Space/Enter reach everything.
import { CHANNELS } from '../../points/schema/point';
import { useSelection } from '../state/selection';
import { useViewerFilter } from './filter-store';
import { CATEGORY_OPTIONS, isCategoryFilter, type CategoryOption } from './viewer-filter';

/** The seven points the project's seed documents cover (/work/shared/seeds), kept one click away. */
const SEED_POINTS = ['GB30', 'BL40', 'GB34', 'BL23', 'LI4', 'SP6', 'ST36'] as const;

const option = (o: CategoryOption) => <option key={o.value} value={o.value}>{o.label}</option>;
const FIVE_SHU = CATEGORY_OPTIONS.filter((o) => o.group);
const OTHER_KINDS = CATEGORY_OPTIONS.filter((o) => !o.group);

export function FilterBar() {
  const { channel, category, planOnly, showLines, setChannel, setCategory, setPlanOnly, setShowLines } = useViewerFilter();
  const selectPoint = useSelection((s) => s.selectPoint);
  const selected = useSelection((s) => s.pointCode);
  return (
    <div className="viewer-filters" role="toolbar" aria-label="Point filters">
      <label>
        <span className="visually-hidden">Channel</span>
        <select aria-label="Channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
          <option value="all">All channels</option>
          {CHANNELS.map((c) => <option key={c} value={c}>{c}</option>)}
          <option value="EX">Extra</option>
        </select>
      </label>
      <label>
        <span className="visually-hidden">Category</span>
        <select aria-label="Category" value={category} onChange={(e) => { if (isCategoryFilter(e.target.value)) setCategory(e.target.value); }}>
          <option value="all">All categories</option>
          <optgroup label={FIVE_SHU[0]?.group}>{FIVE_SHU.map(option)}</optgroup>
          {OTHER_KINDS.map(option)}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={planOnly} onChange={(e) => setPlanOnly(e.target.checked)} /> Plan points only
      </label>
      <label>
        <input type="checkbox" checked={showLines} onChange={(e) => setShowLines(e.target.checked)} /> Channel lines
      </label>
      <span className="viewer-seeds" role="group" aria-label="Seed points">
        {SEED_POINTS.map((code) => (
          <button key={code} type="button" data-seed={code} aria-pressed={selected === code}
            aria-label={`Select ${code}`} onClick={() => selectPoint(code)}>
            {code}
          </button>
        ))}
      </span>
    </div>
  );
}
