// The pairing view: a combination's points numbered as on the body (shown together there), what it is
// for and why in the clinician's terms, the principle, indications, techniques, its own caution, evidence
// label and sources — and "Add pairing to plan", which first says which of its points are unsafe for the
// open plan's patient and asks (add anyway / add only the safe points / cancel).
import { useState } from 'react';
import type { Pairing } from '../../points/schema/pairing';
import { fileMessage } from '../plan/plan-messages';
import { usePlanStore } from '../plan/plan-store';
import { usePointSeverities } from '../plan/useSafetyReport';
import { pointByCode } from '../data/knowledge';
import { useSelection } from '../state/selection';
import { DISCLAIMER } from '../shell/StatusBar';
import { EVIDENCE_TEXT } from './ConditionDetail';
import { RATIONALE_TEXT } from './pairing-text';
import { DetailSection as Section } from './DetailSection';
import { SourceRefs } from './SourceRefs';

export function PairingDetail({ pairing }: { pairing: Pairing }) {
  const plan = usePlanStore((s) => s.plan);
  const ready = usePlanStore((s) => s.ready);
  const selectPoint = useSelection((s) => s.selectPoint);
  const [confirming, setConfirming] = useState(false);
  const severity = usePointSeverities(pairing.points);
  const inPlan = new Set(plan.points.map((p) => p.code));
  const unsafe = pairing.points.filter((c) => severity.get(c) && !inPlan.has(c));
  const context = { type: 'pairing' as const, id: pairing.id, points: pairing.points };

  const add = (codes: readonly string[]): void => {
    const adding = codes.filter((c) => !inPlan.has(c));
    for (const code of adding) usePlanStore.getState().addPoint(code);
    setConfirming(false);
    fileMessage(
      `${pairing.name}: ${adding.length ? `${adding.join(', ')} added to the plan` : 'its points are already in the plan'}.`,
    );
  };

  return (
    <article className="pairing-detail" data-pairing={pairing.id}>
      <header className="detail-header">
        <h2 id="detail-title">{pairing.name}</h2>
        <p className="evidence-line">
          <span className={`evidence-badge evidence-${pairing.evidence.label}`}>
            {EVIDENCE_TEXT[pairing.evidence.label]}
          </span>{' '}
          <span className="evidence-direction">{RATIONALE_TEXT[pairing.rationaleKind]}</span>
        </p>
      </header>
      <p>{pairing.purpose}</p>
      <ol className="pairing-points">
        {pairing.points.map((code) => {
          const sev = severity.get(code);
          return (
            <li key={code} data-code={code} className={sev ? `sev-${sev}` : undefined}>
              <button type="button" className="link" onClick={() => selectPoint(code, context)}>
                {code}
              </button>{' '}
              <span className="muted">{pointByCode(code)?.pinyin.toned}</span>
              {sev && (
                <span className={`unsafe-note unsafe-${sev}`}>
                  {' '}
                  — {sev === 'contraindicated' ? 'contraindicated for this patient' : 'caution for this patient'}
                </span>
              )}
              {inPlan.has(code) && <span className="muted"> (in the plan)</span>}
            </li>
          );
        })}
      </ol>
      {confirming ? (
        <div
          className={`add-confirm sev-${unsafe.some((c) => severity.get(c) === 'contraindicated') ? 'contraindicated' : 'caution'}`}
          role="alertdialog"
          aria-labelledby="pairing-confirm-text"
        >
          <p id="pairing-confirm-text">
            <strong>
              {unsafe
                .map((c) => `${c} is ${severity.get(c) === 'contraindicated' ? 'contraindicated' : 'cautioned'}`)
                .join('; ')}{' '}
              for this patient.
            </strong>{' '}
            Add the pairing anyway?
          </p>
          <button type="button" className="danger" onClick={() => add(pairing.points)} autoFocus>
            Add anyway
          </button>{' '}
          <button type="button" onClick={() => add(pairing.points.filter((c) => !unsafe.includes(c)))}>
            Add only the safe points
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="primary"
          disabled={!ready}
          onClick={() => (unsafe.length > 0 ? setConfirming(true) : add(pairing.points))}
        >
          Add pairing to plan{unsafe.length > 0 ? ` (${unsafe.length} unsafe for this patient)` : ''}
        </button>
      )}
      <Section title="Why">
        <p>{pairing.rationale}</p>
      </Section>
      <Section title="Indications">
        <ul>
          {pairing.indications.map((i, k) => (
            <li key={k}>{i}</li>
          ))}
        </ul>
      </Section>
      {pairing.techniques && (
        <Section title="Techniques">
          <p>{pairing.techniques.join(', ')}</p>
        </Section>
      )}
      {pairing.caution && (
        <Section title="Caution">
          <p className="pairing-caution">{pairing.caution}</p>
        </Section>
      )}
      <Section title="Sources">
        <SourceRefs sources={pairing.sources} />
      </Section>
      <p className="detail-disclaimer">{DISCLAIMER}</p>
    </article>
  );
}
