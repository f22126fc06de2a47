import type { Plan } from '../../electron/contract/plan';
import type { Settings } from '../../electron/contract/settings';
import type { SafetyReport } from '../../points/safety/check-plan';
import type { Finding } from '../../points/safety/finding';
import { describeRule } from '../../points/location/describe-rule';
import { depthCmPerCun, type PatientCunTable } from '../../points/location/patient-cun';
import { pointByCode } from '../data/knowledge';
import { pointLabel } from '../detail/detail-data';
import { planPointNumber } from '../viewer/plan-markers';
import { sideText, techniqueText } from './print-format';

const ROW_MARK = { contraindicated: 'Contraindicated', caution: 'Caution' } as const;

/** The contraindications and cautions a row carries, worst first (notes stay in the safety section). */
function rowFindings(report: SafetyReport, code: string): (Finding & { severity: keyof typeof ROW_MARK })[] {
  const marked = report.findings.filter(
    (f): f is Finding & { severity: keyof typeof ROW_MARK } =>
      f.codes.includes(code) && (f.severity === 'contraindicated' || f.severity === 'caution'),
  );
  return marked.sort((a, b) => Number(b.severity === 'contraindicated') - Number(a.severity === 'contraindicated'));
}

/** The points table: number, code, names (with hanzi), side, location, technique, note — and each
 *  contraindicated or cautioned row marked with its reason and whether it was acknowledged. */
export function PrintPoints({
  plan,
  report,
  units = 'cun',
  cun,
}: {
  plan: Plan;
  report: SafetyReport;
  units?: Settings['units'];
  cun?: PatientCunTable;
}) {
  return (
    <section className="print-section">
      <h2>Points</h2>
      <table className="print-points">
        <colgroup>
          <col className="col-number" />
          <col className="col-point" />
          <col className="col-side" />
          <col className="col-location" />
          <col className="col-technique" />
        </colgroup>
        <thead>
          <tr>
            <th>#</th>
            <th>Point</th>
            <th>Side</th>
            <th>Location</th>
            <th>Technique</th>
          </tr>
        </thead>
        <tbody>
          {plan.points.map((p, i) => {
            const rec = pointByCode(p.code);
            const marks = rowFindings(report, p.code);
            const worst = marks[0]?.severity;
            return (
              <tr key={p.uid} className={worst ? `print-row-${worst}` : undefined} data-row-mark={worst}>
                <td>{planPointNumber(i)}</td>
                <td>
                  <strong>{p.code}</strong> {rec?.pinyin.toned}
                  {rec ? (
                    <div lang="zh-Hans">
                      {rec.hanzi.simplified} · {rec.english[0]}
                    </div>
                  ) : (
                    <div>Not in this reference</div>
                  )}
                  {marks.map((f) => (
                    <div key={f.id} className={`print-row-mark print-${f.severity}`}>
                      <strong>{ROW_MARK[f.severity]}</strong>: {f.message}
                      {f.acknowledged && <span className="print-ack"> Acknowledged: {f.acknowledged.reason}</span>}
                    </div>
                  ))}
                </td>
                <td>{sideText(p.side)}</td>
                <td className="print-location">
                  {rec?.location.text}
                  {rec && cun && (
                    <ol className="print-locate-steps" data-print-steps={p.code}>
                      {describeRule(rec.location.rule, pointLabel, cun).map((step, k) => (
                        <li key={k}>{step}</li>
                      ))}
                    </ol>
                  )}
                </td>
                <td>
                  {techniqueText(p.technique, units, rec && cun ? depthCmPerCun(cun, rec.location.rule) : undefined)}
                  {p.note && <div className="print-note">{p.note}</div>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
