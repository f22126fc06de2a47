// Shown instead of the 3D view when WebGL is unavailable or the scene failed to start; the search,
// detail and plan panels do not depend on it.
export interface ViewerFallbackProps {
  reason: 'no-webgl' | 'failed';
}

export function ViewerFallback({ reason }: ViewerFallbackProps) {
  return (
    <div className="viewer-fallback" role="status" data-viewer-fallback={reason}>
      <p>
        <strong>
          {reason === 'no-webgl'
            ? '3D view needs WebGL, which is not available here.'
            : 'The 3D view could not be started.'}
        </strong>
      </p>
      <p className="muted">
        Search, point details, cautions and session plans keep working. To see the body, enable hardware acceleration or
        update the graphics driver.
      </p>
    </div>
  );
}
