// Export the current plan as PDF: save first (the export renders the stored plan), then ask the host,
// which owns the save dialog (Electron) or the export folder (browser host).
import { useState } from 'react';
import { callHost } from '../host/host-client';
import { saveNow } from './plan-persistence';
import { usePlanStore } from './plan-store';

type Paper = 'A4' | 'Letter';

export function ExportPdfButton() {
  const [paper, setPaper] = useState<Paper>('A4');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const exportPdf = async (): Promise<void> => {
    setBusy(true);
    setMessage('Exporting…');
    await saveNow();
    const { plan, status } = usePlanStore.getState();
    if (status === 'error') {
      setMessage('Save the plan first: it has an error.');
    } else {
      const result = await callHost('plans:export-pdf', { id: plan.id, paper });
      setMessage(!result.ok ? result.message : result.value.saved ? `PDF saved: ${result.value.path ?? ''}` : 'Export cancelled.');
    }
    setBusy(false);
  };
  return (
    <div className="export-pdf">
      <label>
        <span className="visually-hidden">Paper size</span>
        <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)} aria-label="Paper size">
          <option value="A4">A4</option>
          <option value="Letter">US Letter</option>
        </select>
      </label>
      <button type="button" onClick={() => void exportPdf()} disabled={busy}>Export PDF</button>
      {message && <p className="export-message" role="status" data-testid="export-message">{message}</p>}
    </div>
  );
}
