// Everything a clinician needs about one point during a consultation: names, where and how to find it,
// what to watch for, how to needle it, what it is for, what it pairs with, and where each fact comes from.
import type { ReactNode } from 'react';
import { describeRule } from '../../points/location/describe-rule';
import type { PointRecord } from '../../points/schema/point';
import { useSelection } from '../state/selection';
import { useSettings } from '../settings/settings-store';
import { formatDepth } from '../settings/units';
import { CautionList } from './CautionList';
import { usePatientCun } from '../data/patient-cun';
import { placementOf } from '../data/placement-status';
import { usePlacementsAsset } from '../data/placements';
import { depthCmPerCun, ruleScale } from '../../points/location/patient-cun';
import { PatientCunNote } from './PatientCunNote';
import { aliasesFor, categoryLabel, conditionsFor, pairingsFor, pointLabel } from './detail-data';
import { pairingGroups, RATIONALE_TEXT } from './pairing-text';
import { DetailSection as Section } from './DetailSection';
import { SourceRefs } from './SourceRefs';

const STATUS_TEXT = {
  exact: 'Placed on the body by its rule',
  approximate: 'Placed approximately',
  unplaced: 'Not yet placed on the body',
} as const;

export function PointDetail({
  point,
  banner,
  actions,
}: {
  point: PointRecord;
  banner?: ReactNode;
  actions?: ReactNode;
}) {
  const showPairing = useSelection((s) => s.showPairing);
  const units = useSettings((s) => s.settings.units);
  const aliases = aliasesFor(point);
  // one read of the body in use's placements: the point's placement line and the patient's centimetres
  const asset = usePlacementsAsset();
  const placement = asset && placementOf(asset, point.code);
  const cun = usePatientCun(asset);
  const steps = describeRule(point.location.rule, pointLabel, cun);
  const pairings = pairingsFor(point.code);
  const conditions = conditionsFor(point.code);
  return (
    <article className="point-detail" data-point={point.code}>
      {banner}
      <header className="detail-header">
        <h2 id="detail-title">
          {point.code} · {point.pinyin.toned}
        </h2>
        {aliases.length > 0 && <p className="muted detail-aliases">Also written {aliases.join(', ')}</p>}
        <p className="detail-names">
          <span lang="zh-Hans">{point.hanzi.simplified}</span>
          {point.hanzi.traditional !== point.hanzi.simplified && (
            <>
              {' '}
              · <span lang="zh-Hant">{point.hanzi.traditional}</span>
            </>
          )}
          {' · '}
          {point.english.join(' · ')}
        </p>
        {point.categories.length > 0 && (
          <ul className="chips" aria-label="Categories">
            {point.categories.map((c, i) => (
              <li key={i}>{categoryLabel(c)}</li>
            ))}
          </ul>
        )}
        {actions}
      </header>
      <Section title="Location">
        <p>{point.location.text}</p>
        {placement && (
          <p className={`placement placement-${placement.status}`} data-placement={placement.status}>
            {STATUS_TEXT[placement.status]}
            {placement.status === 'unplaced' && placement.reason ? `: ${placement.reason}` : '.'}
          </p>
        )}
      </Section>
      <Section title="How to locate">
        <ol className="locate-steps">
          {steps.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
        <PatientCunNote table={cun} scale={ruleScale(point.location.rule)} />
      </Section>
      <Section title="Cautions">
        <CautionList cautions={point.cautions} />
      </Section>
      <Section title="Needling">
        {point.notNeedled ? (
          <p className="caution caution-contraindicated">Not needled.</p>
        ) : (
          <ul>
            {point.needling.map((n, i) => (
              <li key={i}>
                {n.angle},{' '}
                {formatDepth(n.depthCun[0], n.depthCun[1], units, cun && depthCmPerCun(cun, point.location.rule))}
                {n.note ? ` — ${n.note}` : ''}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {(point.functions.length > 0 || point.indications.length > 0) && (
        <Section title="Functions and indications">
          {point.functions.length > 0 && <p>{point.functions.join('; ')}.</p>}
          {point.indications.length > 0 && <p className="muted">Indications: {point.indications.join(', ')}.</p>}
        </Section>
      )}
      {point.rationale && (
        <Section title="Why it helps">
          <p>{point.rationale}</p>
        </Section>
      )}
      {point.techniques && point.techniques.length > 0 && (
        <Section title="Techniques">
          <ul>
            {point.techniques.map((t, i) => (
              <li key={i}>
                <strong>{t.technique}</strong>: {t.text} <SourceRefs sources={t.sources} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {point.clinicalNotes && point.clinicalNotes.length > 0 && (
        <Section title="Clinical notes">
          <ul>
            {point.clinicalNotes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </Section>
      )}
      {pairings.length > 0 && (
        <Section title="Pairings">
          {pairingGroups(pairings).map(([kind, group]) => (
            <div key={kind} className="pairing-group" data-kind={kind}>
              <h4>{RATIONALE_TEXT[kind]}</h4>
              <ul className="pairings">
                {group.map((p) => (
                  <li key={p.id}>
                    <button type="button" className="link pairing-name" onClick={() => showPairing(p.id, p.points)}>
                      {p.name}
                    </button>
                    <span className="muted"> — {p.purpose}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Section>
      )}
      {conditions.length > 0 && (
        <Section title="Used for">
          <ul>
            {conditions.map((c) => (
              <li key={c.id}>{c.name}</li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Sources">
        <SourceRefs sources={point.sources} />
      </Section>
    </article>
  );
}
