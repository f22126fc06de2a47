import type { Plan } from '../../electron/contract/plan';
import type { Settings } from '../../electron/contract/settings';
import { pointByCode } from '../search/knowledge';
import { planPointNumber } from '../viewer/plan-markers';
import { sideText, techniqueText } from './print-format';

/** The points table: number, code, names (with hanzi), side, location, technique, note. */
export function PrintPoints({ plan, units = 'cun' }: { plan: Plan; units?: Settings['units'] }) {
  return (
    <section className="print-section">
      <h2>Points</h2>
      <table className="print-points">
        <thead><tr><th>#</th><th>Point</th><th>Side</th><th>Location</th><th>Technique</th></tr></thead>
        <tbody>
          {plan.points.map((p, i) => {
            const rec = pointByCode(p.code);
            return (
              <tr key={p.uid}>
                <td>{planPointNumber(i)}</td>
                <td>
                  <strong>{p.code}</strong> {rec?.pinyin.toned}
                  {rec && <div lang="zh-Hans">{rec.hanzi.simplified} · {rec.english[0]}</div>}
                </td>
                <td>{sideText(p.side)}</td>
                <td className="print-location">{rec?.location.text}</td>
                <td>{techniqueText(p.technique, units)}{p.note && <div className="print-note">{p.note}</div>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
