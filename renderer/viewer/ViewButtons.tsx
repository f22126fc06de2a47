// Preset view and focus buttons over the 3D view: plain buttons, so Tab and Enter reach them.
import { useSelection } from '../state/selection';
import type { PresetView } from './scene-math';
import { useViewerCommands } from './viewer-commands';

const VIEWS: readonly { view: PresetView; label: string }[] = [
  { view: 'front', label: 'Front' },
  { view: 'back', label: 'Back' },
  { view: 'left', label: 'Left' },
  { view: 'right', label: 'Right' },
];

export function ViewButtons() {
  const send = useViewerCommands((s) => s.send);
  const hasSelection = useSelection((s) => s.pointCode !== null);
  return (
    <div className="viewer-buttons" role="toolbar" aria-label="Camera">
      {VIEWS.map(({ view, label }) => (
        <button
          key={view}
          type="button"
          data-view={view}
          onClick={() => send({ kind: 'preset', view })}
          aria-label={`${label} view`}
        >
          {label}
        </button>
      ))}
      <button
        type="button"
        data-view="focus"
        disabled={!hasSelection}
        onClick={() => send({ kind: 'focus' })}
        aria-label="Focus the selected point"
      >
        Focus
      </button>
    </div>
  );
}
