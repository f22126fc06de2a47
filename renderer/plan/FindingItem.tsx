import { useState } from 'react';
import type { Finding, ReferralDecision } from '../../points/safety/finding';
import { SourceRefs } from '../detail/SourceRefs';
import { useSelection } from '../state/selection';
import { AcknowledgeForm } from './AcknowledgeForm';
import { usePlanStore } from './plan-store';

const DECISION_LABEL: Record<ReferralDecision, string> = {
  referred: 'Referred',
  'treat-anyway': "Treated on the clinician's decision",
};

/** One safety finding: the points it is about (links), the reason, its sources, and how the clinician
 *  answered it — an acknowledgement, or for a red flag a referral decision (never a plain acknowledgement). */
export function FindingItem({ finding }: { finding: Finding }) {
  const selectPoint = useSelection((s) => s.selectPoint);
  const dispatch = usePlanStore((s) => s.dispatch);
  const [asking, setAsking] = useState<ReferralDecision | 'ack' | undefined>();
  const ack = finding.acknowledged;
  const refer = finding.severity === 'refer';
  return (
    <li className={`finding sev-${finding.severity}${ack ? ' is-acknowledged' : ''}`} data-finding={finding.id}>
      <p className="finding-message">
        {finding.codes.map((code) => (
          <button
            key={code}
            type="button"
            className="link finding-code"
            onClick={() => selectPoint(code)}
            title={`Show ${code}`}
          >
            {code}
          </button>
        ))}
        {finding.message}
        {finding.sources.length > 0 && (
          <>
            {' '}
            <SourceRefs sources={finding.sources} />
          </>
        )}
      </p>
      {ack && (
        <p className="ack">
          <strong>{ack.decision ? `${DECISION_LABEL[ack.decision]}:` : 'Acknowledged:'}</strong>{' '}
          <span className="ack-reason">{ack.reason}</span>{' '}
          <button
            type="button"
            className="link"
            onClick={() => dispatch({ type: 'withdraw-acknowledgement', findingId: finding.id })}
          >
            Withdraw
          </button>
        </p>
      )}
      {!ack && !asking && refer && (
        <div className="point-actions">
          <button type="button" className="ack-button" onClick={() => setAsking('referred')}>
            Record referral
          </button>
          <button type="button" className="ack-button" onClick={() => setAsking('treat-anyway')}>
            Treat anyway (clinician&apos;s decision)
          </button>
        </div>
      )}
      {!ack && !asking && !refer && finding.severity !== 'note' && (
        <button type="button" className="ack-button" onClick={() => setAsking('ack')}>
          Acknowledge
        </button>
      )}
      {asking && (
        <AcknowledgeForm
          findingId={finding.id}
          {...(asking !== 'ack' ? { decision: asking } : {})}
          onDone={() => setAsking(undefined)}
        />
      )}
    </li>
  );
}
