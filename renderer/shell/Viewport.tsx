// The 3D body viewport region: hosts the body viewer; the section itself carries the viewer's test
// attributes (data-scene-ready, data-selected-screen) so tests find them on a stable element.
import { useRef } from 'react';
import { BodyViewer } from '../viewer/BodyViewer';

export function Viewport() {
  const ref = useRef<HTMLElement>(null);
  return (
    <section ref={ref} className="viewport panel" aria-labelledby="viewport-title" tabIndex={0}>
      <h2 id="viewport-title" className="visually-hidden">Body</h2>
      <BodyViewer host={ref} />
    </section>
  );
}
