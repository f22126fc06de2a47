// The condition view: what a clinician reads before treating a condition — the summary, the red flags
// that mean refer (asked in the plan once the condition is chosen), the points by role with the reason for
// each (shown together on the body, each marked when unsafe for this patient), "add all / add selected",
// the usual course, home care, other options, and the evidence with its label and sources.
import { useMemo, useState } from 'react';
import type { Condition, ConditionPoint } from '../../points/schema/condition';
import { conditionTemplate, planKb } from '../plan/plan-kb';
import { fileMessage } from '../plan/plan-messages';
import { newUid, usePlanStore } from '../plan/plan-store';
import { usePointSeverities } from '../plan/useSafetyReport';
import { pointByCode } from '../data/knowledge';
import { useSelection } from '../state/selection';
import { DISCLAIMER } from '../shell/StatusBar';
import { DetailSection as Section } from './DetailSection';
import { SourceRefs } from './SourceRefs';

export const EVIDENCE_TEXT = {
  guideline: 'Guideline',
  'systematic-review': 'Systematic review',
  trial: 'Trial',
  classical: 'Classical (textbook tradition)',
  'clinic-opinion': 'Clinic opinion',
} as const;
const DIRECTION_TEXT = {
  supports: 'supports',
  mixed: 'mixed',
  against: 'advises against',
  insufficient: 'insufficient evidence',
} as const;
const ROLE_TITLE = { local: 'Local points', distal: 'Distal points' } as const;

/** The condition's points in groups: local, distal, then one group per pattern. */
function pointGroups(points: readonly ConditionPoint[]): { title: string; points: ConditionPoint[] }[] {
  const groups: { title: string; points: ConditionPoint[] }[] = [];
  for (const p of points) {
    const title = p.role === 'pattern' ? `By pattern: ${p.pattern}` : ROLE_TITLE[p.role];
    const group = groups.find((g) => g.title === title);
    if (group) group.points.push(p);
    else groups.push({ title, points: [p] });
  }
  const rank = (t: string): number => (t === ROLE_TITLE.local ? 0 : t === ROLE_TITLE.distal ? 1 : 2);
  return groups.sort((a, b) => rank(a.title) - rank(b.title));
}

export function ConditionDetail({ condition }: { condition: Condition }) {
  const plan = usePlanStore((s) => s.plan);
  const ready = usePlanStore((s) => s.ready);
  const dispatch = usePlanStore((s) => s.dispatch);
  const selectPoint = useSelection((s) => s.selectPoint);
  const codes = useMemo(() => [...new Set(condition.points.map((p) => p.code))], [condition]);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(codes));
  const kb = planKb();
  // Each point's safety for the open plan's patient, as the plan check would judge it once added.
  const severity = usePointSeverities(codes);
  const inPlan = new Set(plan.points.map((p) => p.code));
  const redFlags = condition.redFlags.map((id) => kb.redFlags.find((f) => f.id === id)).filter((f) => f !== undefined);
  const homeCare = condition.homeCare.map((id) => kb.homeCare.find((h) => h.id === id)).filter((h) => h !== undefined);
  const others = (condition.otherOptions ?? [])
    .map((id) => kb.otherOptions.find((o) => o.id === id))
    .filter((o) => o !== undefined);
  const context = { type: 'condition' as const, id: condition.id, points: codes };

  const add = (only?: ReadonlySet<string>): void => {
    const template = conditionTemplate(condition, only);
    const adding = template.points.filter((c) => !inPlan.has(c));
    dispatch({ type: 'apply-condition', template, uids: adding.map(() => newUid()) });
    const unsafe = adding.filter((c) => severity.get(c) === 'contraindicated');
    fileMessage(
      `${condition.name}: ${adding.length} point${adding.length === 1 ? '' : 's'} added to the plan${
        unsafe.length ? `; ${unsafe.join(', ')} contraindicated for this patient — see the safety check` : ''
      }. Its red flags are now asked in the plan.`,
    );
  };

  return (
    <article className="condition-detail" data-condition={condition.id}>
      <header className="detail-header">
        <h2 id="detail-title">{condition.name}</h2>
        <p className="evidence-line">
          <span className={`evidence-badge evidence-${condition.evidence.label}`}>
            {EVIDENCE_TEXT[condition.evidence.label]}
          </span>{' '}
          <span className={`evidence-direction direction-${condition.evidence.direction}`}>
            {DIRECTION_TEXT[condition.evidence.direction]}
          </span>
        </p>
      </header>
      <p>{condition.summary}</p>
      <Section title="Red flags: refer before treating">
        <p className="muted">Asked in the plan's red-flag screening once this condition is chosen.</p>
        <ul className="condition-red-flags">
          {redFlags.map((f) => (
            <li key={f.id} data-red-flag={f.id}>
              <strong>{f.label}</strong> — {f.ask} <span className="refer-text">{f.refer}</span>{' '}
              <SourceRefs sources={f.sources} />
            </li>
          ))}
        </ul>
      </Section>
      {pointGroups(condition.points).map((g) => (
        <Section key={g.title} title={g.title}>
          <ul className="condition-points">
            {g.points.map((p) => {
              const rec = pointByCode(p.code);
              const sev = severity.get(p.code);
              return (
                <li key={`${g.title}-${p.code}`} data-code={p.code} className={sev ? `sev-${sev}` : undefined}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={ticked.has(p.code)}
                      aria-label={`Include ${p.code}`}
                      onChange={(e) =>
                        setTicked((t) => {
                          const n = new Set(t);
                          if (e.target.checked) n.add(p.code);
                          else n.delete(p.code);
                          return n;
                        })
                      }
                    />
                  </label>
                  <button type="button" className="link" onClick={() => selectPoint(p.code, context)}>
                    {p.code}
                  </button>{' '}
                  <span className="muted">{rec?.pinyin.toned}</span> — {p.why}
                  {sev && (
                    <span className={`unsafe-note unsafe-${sev}`}>
                      {' '}
                      {sev === 'contraindicated' ? 'contraindicated for this patient' : 'caution for this patient'}
                    </span>
                  )}
                  {inPlan.has(p.code) && <span className="muted"> (in the plan)</span>}
                </li>
              );
            })}
          </ul>
        </Section>
      ))}
      <div className="condition-actions">
        <button type="button" className="primary" disabled={!ready} onClick={() => add()}>
          Add all to plan
        </button>
        <button type="button" disabled={!ready || ticked.size === 0} onClick={() => add(ticked)}>
          Add selected ({ticked.size})
        </button>
      </div>
      {condition.techniques && condition.techniques.length > 0 && (
        <Section title="Techniques">
          <ul>
            {condition.techniques.map((t, i) => (
              <li key={i}>
                <strong>{t.technique}</strong>: {t.text}
                {t.points ? ` (${t.points.join(', ')})` : ''}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Usual course">
        <p>
          {condition.course.visits[0]}–{condition.course.visits[1]} visits, {condition.course.sessionMinutes[0]}–
          {condition.course.sessionMinutes[1]} minutes each; {condition.course.frequency}.
          {condition.course.note ? ` ${condition.course.note}` : ''}
        </p>
      </Section>
      {homeCare.length > 0 && (
        <Section title="Home care">
          <ul>
            {homeCare.map((h) => (
              <li key={h.id}>
                <strong>{h.title}</strong>: {h.summary}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {others.length > 0 && (
        <Section title="Other options (for the clinician's information)">
          <ul>
            {others.map((o) => (
              <li key={o.id}>
                <strong>{o.title}</strong>: {o.text} <SourceRefs sources={o.sources} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Evidence">
        <p data-evidence={condition.evidence.label}>
          <strong>{EVIDENCE_TEXT[condition.evidence.label]}</strong> ({DIRECTION_TEXT[condition.evidence.direction]}):{' '}
          {condition.evidence.text} <SourceRefs sources={condition.evidence.sources} />
        </p>
      </Section>
      {condition.notes && condition.notes.length > 0 && (
        <Section title="Notes">
          <ul>
            {condition.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Sources">
        <SourceRefs sources={condition.sources} />
      </Section>
      <p className="detail-disclaimer">{DISCLAIMER}</p>
    </article>
  );
}
