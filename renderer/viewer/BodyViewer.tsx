// The body viewer: probes WebGL before mounting anything 3D, then loads the scene; without WebGL (or
// if the scene fails) it shows the 2D fallback message and the rest of the app is unaffected.
import { lazy, Suspense, useState, type RefObject } from 'react';
import { useChannelKeys } from './useChannelKeys';
import { useMenuViews } from './useMenuViews';
import { ViewerErrorBoundary } from './ViewerErrorBoundary';
import { ViewerFallback } from './ViewerFallback';
import { hasWebGL2 } from './webgl-support';
import './viewer.css';

// three.js and the scene load as a separate chunk: the app shell starts without them, and the 2D
// fallback never loads them.
const ViewerCanvas = lazy(() => import('./ViewerCanvas').then((m) => ({ default: m.ViewerCanvas })));

export interface BodyViewerProps {
  /** the viewport element that carries data-scene-ready and the test probe attributes */
  host: RefObject<HTMLElement | null>;
}

export function BodyViewer({ host }: BodyViewerProps) {
  const [webgl] = useState(hasWebGL2);
  useMenuViews();
  useChannelKeys();
  if (!webgl) return <ViewerFallback reason="no-webgl" />;
  return (
    <ViewerErrorBoundary>
      <Suspense fallback={<p className="viewer-loading muted">Loading the body…</p>}>
        <ViewerCanvas host={host} />
      </Suspense>
    </ViewerErrorBoundary>
  );
}
