import { AddPointForm } from './AddPointForm';
import { usePlanStore } from './plan-store';
import { PointRow } from './PointRow';
import { useSafetyReport } from './useSafetyReport';

/** The plan's points in treatment order. */
export function PointList() {
  const points = usePlanStore((s) => s.plan.points);
  const report = useSafetyReport();
  // each row shows the findings about its point (notes stay in the safety check below)
  const rowFindings = (code: string) => report.findings.filter((f) => f.severity !== 'note' && f.codes.includes(code));
  return (
    <section className="plan-section" aria-labelledby="plan-points">
      <h3 id="plan-points">
        Points <span className="muted">({points.length})</span>
      </h3>
      {points.length === 0 && (
        <p className="muted">
          No points yet: start from a condition, add from search or the detail panel, or add by code.
        </p>
      )}
      <ol className="plan-points">
        {points.map((p, i) => (
          <PointRow key={p.uid} point={p} index={i} count={points.length} findings={rowFindings(p.code)} />
        ))}
      </ol>
      <AddPointForm />
    </section>
  );
}
