// The filter bar under the 3D view, one row: channel, point category, plan points only, channel lines, and
// the seven points of the hip-nerve article one choice away. Native controls, so Tab, arrows and
// Space/Enter reach everything. It sits below the canvas, never over the body's feet.
import { CHANNELS } from '../../points/schema/point';
import { featuredCodes } from '../data/knowledge';
import { useSelection } from '../state/selection';
import { useViewerFilter } from './filter-store';
import { CATEGORY_OPTIONS, isCategoryFilter, type CategoryOption } from './viewer-filter';

const option = (o: CategoryOption) => (
  <option key={o.value} value={o.value}>
    {o.label}
  </option>
);
const FIVE_SHU = CATEGORY_OPTIONS.filter((o) => o.group);
const OTHER_KINDS = CATEGORY_OPTIONS.filter((o) => !o.group);

export function FilterBar() {
  const { channel, category, planOnly, showLines, setChannel, setCategory, setPlanOnly, setShowLines } =
    useViewerFilter();
  const selectPoint = useSelection((s) => s.selectPoint);
  const selected = useSelection((s) => s.pointCode);
  return (
    <div className="viewer-filters" role="toolbar" aria-label="Point filters">
      <label>
        <span className="visually-hidden">Channel</span>
        <select aria-label="Channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
          <option value="all">All channels</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          <option value="EX">Extra</option>
        </select>
      </label>
      <label>
        <span className="visually-hidden">Category</span>
        <select
          aria-label="Category"
          value={category}
          onChange={(e) => {
            if (isCategoryFilter(e.target.value)) setCategory(e.target.value);
          }}
        >
          <option value="all">All categories</option>
          <optgroup label={FIVE_SHU[0]?.group}>{FIVE_SHU.map(option)}</optgroup>
          {OTHER_KINDS.map(option)}
        </select>
      </label>
      <label title="Show only the points of the plan">
        <input
          type="checkbox"
          aria-label="Plan points only"
          checked={planOnly}
          onChange={(e) => setPlanOnly(e.target.checked)}
        />{' '}
        Plan only
      </label>
      <label title="Show the channel lines (Ctrl/Cmd+L)">
        <input
          type="checkbox"
          aria-label="Channel lines"
          checked={showLines}
          onChange={(e) => setShowLines(e.target.checked)}
        />{' '}
        Lines
      </label>
      <label>
        <span className="visually-hidden">Hip-nerve points</span>
        <select
          aria-label="Hip-nerve points"
          className="viewer-featured"
          value={featuredCodes().find((c) => c === selected) ?? ''}
          onChange={(e) => {
            if (e.target.value) selectPoint(e.target.value);
          }}
        >
          <option value="">Hip points…</option>
          {featuredCodes().map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
