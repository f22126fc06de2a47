import type { KeyboardEvent } from 'react';
import type { Finding } from '../../points/safety/finding';
import { pointByCode } from '../data/knowledge';
import { useSelection } from '../state/selection';
import type { PlanPoint } from '../../electron/contract/plan';
import type { Side } from './plan-model';
import { newUid, usePlanStore } from './plan-store';
import { TechniqueEditor } from './TechniqueEditor';
import { usePointDrag } from './usePointDrag';

const SIDES: readonly Side[] = ['bilateral', 'left', 'right'];

export interface PointRowProps {
  point: PlanPoint;
  index: number;
  count: number;
  /** the safety findings about this point (contraindicated and caution) */
  findings: readonly Finding[];
}

const SEVERITY_WORD = { refer: 'Refer', contraindicated: 'Contraindicated', caution: 'Caution', note: 'Note' } as const;

/** One point of the plan: side, technique, note, and reordering (buttons, Alt+↑/↓ or dragging the grip). */
export function PointRow({ point, index, count, findings }: PointRowProps) {
  const flagged = findings.some((f) => f.severity === 'contraindicated' && !f.acknowledged);
  const dispatch = usePlanStore((s) => s.dispatch);
  const selectPoint = useSelection((s) => s.selectPoint);
  const record = pointByCode(point.code);
  const drag = usePointDrag(point.uid, index);
  const move = (delta: -1 | 1): void => dispatch({ type: 'move-point', uid: point.uid, delta });
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>): void => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.target instanceof HTMLTextAreaElement) return;
    e.preventDefault();
    move(e.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <li
      className={`plan-point${flagged ? ' is-flagged' : ''}${drag.dropHalf ? ` drop-${drag.dropHalf}` : ''}`}
      data-code={point.code}
      onKeyDown={onKeyDown}
      aria-label={`${index + 1}. ${point.code}`}
      {...drag.rowProps}
    >
      <div className="point-head">
        {/* Mouse-only affordance: keyboard users have Alt+↑/↓ and the buttons below. */}
        <span className="drag-grip" aria-hidden="true" title="Drag to reorder" {...drag.handleProps}>
          ⠿
        </span>
        <button
          type="button"
          className="link point-code"
          onClick={() => selectPoint(point.code)}
          title="Show this point"
        >
          <strong>{point.code}</strong> {record && <span className="muted">{record.pinyin.toned}</span>}
        </button>
        <select
          aria-label={`Side for ${point.code}`}
          value={point.side}
          onChange={(e) => dispatch({ type: 'set-side', uid: point.uid, side: e.target.value as Side })}
        >
          {SIDES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      {findings.length > 0 && (
        <ul className="row-findings" aria-label={`Safety findings for ${point.code}`}>
          {findings.map((f) => (
            <li
              key={f.id}
              className={`row-finding sev-${f.severity}${f.acknowledged ? ' is-acknowledged' : ''}`}
              data-row-finding={f.id}
              title={f.message}
            >
              <span className={`badge sev-${f.severity}`}>
                {SEVERITY_WORD[f.severity]}
                {f.acknowledged ? ' · acknowledged' : ''}
              </span>{' '}
              {f.message}
            </li>
          ))}
        </ul>
      )}
      <TechniqueEditor point={point} />
      <textarea
        className="point-note"
        rows={1}
        maxLength={4000}
        placeholder="Note for this point"
        aria-label={`Note for ${point.code}`}
        value={point.note}
        onChange={(e) => dispatch({ type: 'set-point-note', uid: point.uid, note: e.target.value })}
      />
      <div className="point-actions">
        <button
          type="button"
          onClick={() => move(-1)}
          disabled={index === 0}
          aria-label={`Move ${point.code} up`}
          title="Move up (Alt+↑)"
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => move(1)}
          disabled={index === count - 1}
          aria-label={`Move ${point.code} down`}
          title="Move down (Alt+↓)"
        >
          ↓
        </button>
        <button type="button" onClick={() => dispatch({ type: 'duplicate-point', uid: point.uid, newUid: newUid() })}>
          Duplicate
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => dispatch({ type: 'remove-point', uid: point.uid })}
          aria-label={`Remove ${point.code}`}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
