// The 3D body viewport region: hosts the body viewer; the section itself carries the viewer's test
// attributes (data-scene-ready, data-selected-screen) so tests find them on a stable element.
import { useRef } from 'react';
import { BodyViewer } from '../viewer/BodyViewer';

export function Viewport() {
  const ref = useRef<HTMLElement>(null);
  return (
    <section
      ref={ref}
      className="viewport panel"
      role="region"
      aria-labelledby="viewport-title"
      tabIndex={0}
      aria-describedby="viewport-help"
    >
      <h2 id="viewport-title" className="visually-hidden">
        Body model
      </h2>
      <p id="viewport-help" className="visually-hidden">
        3D body with every point placed. Click a point to select it; arrow keys step along its channel, Escape clears.
      </p>
      <BodyViewer host={ref} />
    </section>
  );
}
