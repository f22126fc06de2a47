// Today's session plan: patient, red-flag screening, points and techniques, and the live safety check.
// The plan is opened and autosaved through the host (renderer/plan/plan-persistence.ts).
import { useEffect, useRef } from 'react';
import { ConditionSection } from '../plan/ConditionSection';
import { HomeCareSection } from '../plan/HomeCareSection';
import { NotesSection } from '../plan/NotesSection';
import { PatientSection } from '../plan/PatientSection';
import { PlanHeader } from '../plan/PlanHeader';
import { startPersistence } from '../plan/plan-persistence';
import { usePlanStore } from '../plan/plan-store';
import { PointList } from '../plan/PointList';
import { RedFlagSection } from '../plan/RedFlagSection';
import { SafetySection } from '../plan/SafetySection';
import { SafetySummary } from '../plan/SafetySummary';
import { SessionSection } from '../plan/SessionSection';
import { useUndoShortcuts } from '../plan/useUndoShortcuts';
import '../plan/plan.css';

export function PlanPanel() {
  const ready = usePlanStore((s) => s.ready);
  const planId = usePlanStore((s) => s.plan.id);
  useEffect(() => startPersistence(), []);
  useUndoShortcuts();
  const panel = useRef<HTMLElement>(null);
  const sticky = useRef<HTMLDivElement>(null);
  // The sticky header's height is the panel's scroll padding, so a focused field never hides under it.
  useEffect(() => {
    const header = sticky.current;
    if (!header) return undefined;
    const observer = new ResizeObserver(() =>
      panel.current?.style.setProperty('--sticky-h', `${header.offsetHeight}px`),
    );
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return (
    <aside className="plan panel" aria-labelledby="plan-title" data-ready={ready} data-plan-id={planId} ref={panel}>
      <div className="plan-sticky" ref={sticky}>
        <PlanHeader />
        {ready && <SafetySummary />}
      </div>
      {ready ? (
        <>
          <PatientSection />
          <RedFlagSection />
          <ConditionSection />
          <PointList />
          <SafetySection />
          <SessionSection />
          <HomeCareSection />
          <NotesSection />
        </>
      ) : (
        <p className="muted">Opening the latest plan…</p>
      )}
    </aside>
  );
}
