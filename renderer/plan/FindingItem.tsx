import { useState } from 'react';
import type { Finding } from '../../points/safety/check-plan';
import { useSelection } from '../state/selection';
import { AcknowledgeForm } from './AcknowledgeForm';
import { usePlanStore } from './plan-store';

/** One safety finding: message, the points it is about (links), and its acknowledgement. */
export function FindingItem({ finding }: { finding: Finding }) {
  const selectPoint = useSelection((s) => s.selectPoint);
  const dispatch = usePlanStore((s) => s.dispatch);
  const [asking, setAsking] = useState(false);
  const ack = finding.acknowledged;
  return (
    <li className={`finding sev-${finding.severity}${ack ? ' is-acknowledged' : ''}`} data-finding={finding.id}>
      <p className="finding-message">
        {finding.codes.map((code) => (
          <button key={code} type="button" className="link finding-code" onClick={() => selectPoint(code)} title={`Show ${code}`}>{code}</button>
        ))}
        {finding.message}
      </p>
      {ack && (
        <p className="ack">
          <strong>Acknowledged:</strong> <span className="ack-reason">{ack.reason}</span>{' '}
          <button type="button" className="link" onClick={() => dispatch({ type: 'withdraw-acknowledgement', findingId: finding.id })}>Withdraw</button>
        </p>
      )}
      {!ack && !asking && finding.severity !== 'note' && (
        <button type="button" className="ack-button" onClick={() => setAsking(true)}>Acknowledge</button>
      )}
      {asking && <AcknowledgeForm findingId={finding.id} onDone={() => setAsking(false)} />}
    </li>
  );
}
