import type { Severity } from '../../points/schema/common';
import type { Caution } from '../../points/schema/point';
import { describeWhen } from '../../points/safety/describe-when';
import { planKb } from '../plan/plan-kb';
import { SourceRefs } from './SourceRefs';

const ORDER: readonly Severity[] = ['contraindicated', 'caution', 'note'];
const LABEL: Record<Severity, string> = { contraindicated: 'Contraindicated', caution: 'Caution', note: 'Note' };

/** Cautions sorted by severity, each with a visible severity badge — never buried in prose. */
export function CautionList({ cautions }: { cautions: readonly Caution[] }) {
  if (cautions.length === 0)
    return <p className="muted">No specific cautions recorded; general needling safety applies.</p>;
  const sorted = [...cautions].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  return (
    <ul className="cautions">
      {sorted.map((c, i) => (
        <li key={i} className={`caution caution-${c.severity}`} data-severity={c.severity}>
          <span className="severity-badge">{LABEL[c.severity]}</span>
          <span>{c.text}</span>
          <SourceRefs sources={c.sources} />
          <span className="caution-when">Plan check applies it: {describeWhen(c.when, planKb())}.</span>
        </li>
      ))}
    </ul>
  );
}
