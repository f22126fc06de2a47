// The 3D scene: canvas (on-demand frames), lights, body, markers, channel lines, camera rig, plus the
// HTML overlay (view buttons, labels, plan numbers). Hover is React state but changes only when the
// pointer moves onto another marker; the camera and label positions never go through React.
import { Canvas } from '@react-three/fiber';
import { Suspense, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useSelection } from '../state/selection';
import { BodyModel } from './BodyModel';
import { CameraRig } from './CameraRig';
import { FilterBar } from './FilterBar';
import { LocateOverlay } from './LocateOverlay';
import { MeridianLines } from './MeridianLines';
import { PlanNumberPlacer } from './PlanNumberPlacer';
import { PlanNumbers } from './PlanNumbers';
import { PointLabel } from './PointLabel';
import { PointMarkers } from './PointMarkers';
import { SceneProbe } from './SceneProbe';
import { BodyPicker } from './BodyPicker';
import { useShownBody } from './useShownBody';
import { useGroupNumbers, usePlanNumbers } from './usePlanNumbers';
import { ViewButtons } from './ViewButtons';

export interface ViewerCanvasProps {
  host: RefObject<HTMLElement | null>;
}

export function ViewerCanvas({ host }: ViewerCanvasProps) {
  const { body, wanted, error } = useShownBody();
  const { data } = body;
  const [hoveredOn, setHoveredOn] = useState<{ body: string; index: number } | null>(null);
  // A marker index means nothing on another body: the hover resets when the body changes.
  const hovered = hoveredOn?.body === body.id ? hoveredOn.index : null;
  const setHovered = useCallback(
    (index: number | null) => setHoveredOn(index === null ? null : { body: body.id, index }),
    [body.id],
  );
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    el.dataset.body = body.id;
    el.dataset.bodySwitching = String(wanted.id !== body.id && !error);
  }, [host, body.id, wanted.id, error]);
  const selected = useSelection((s) => s.pointCode);
  const selectedLabel = useRef<HTMLDivElement>(null);
  const hoveredLabel = useRef<HTMLDivElement>(null);
  const planBadges = useRef<HTMLDivElement>(null);
  const numbering = usePlanNumbers(data.markers);
  // A pairing being looked at shows its own numbers on the body; the plan's return when it closes.
  const groupNumbering = useGroupNumbers(data.markers);
  const hoveredCode = hovered === null ? null : (data.markers[hovered]?.code ?? null);

  return (
    <div className="viewer" data-hovered={hoveredCode ?? ''}>
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ fov: 35, near: 0.05, far: 20, position: [0, 0.9, 3.4] }}
        gl={{ antialias: true, preserveDrawingBuffer: false }}
        role="img"
        aria-label="3D body with acupuncture points"
        style={{ cursor: hovered === null ? 'grab' : 'pointer' }}
      >
        <hemisphereLight args={['#ffffff', '#8a7a70', 1.6]} />
        <directionalLight position={[1.5, 3, 2.5]} intensity={1.6} />
        <directionalLight position={[-2, 1.5, -2.5]} intensity={0.7} />
        <Suspense fallback={null}>
          <BodyModel skin={body.skin} onPointerOver={() => setHovered(null)} />
          <PointMarkers
            markers={data.markers}
            hovered={hovered}
            onHover={setHovered}
            numbering={numbering}
            host={host}
          />
          <MeridianLines paths={body.linesOnSkin} byCode={data.byCode} />
          <LocateOverlay data={data} host={host} skin={body.skin} landmarks={body.landmarks} />
          <CameraRig data={data} />
          <PlanNumberPlacer markers={data.markers} badges={planBadges} host={host} />
          <SceneProbe
            data={data}
            host={host}
            hovered={hovered}
            selectedLabel={selectedLabel}
            hoveredLabel={hoveredLabel}
          />
        </Suspense>
      </Canvas>
      {/* before the point labels, so a label naming the point is drawn over a nearby number */}
      <PlanNumbers
        ref={planBadges}
        markers={data.markers}
        numbering={groupNumbering ?? numbering}
        group={groupNumbering !== undefined}
      />
      <PointLabel ref={selectedLabel} code={selected} kind="selected" />
      <PointLabel ref={hoveredLabel} code={hoveredCode} kind="hovered" />
      <ViewButtons />
      <BodyPicker shown={body.id} wanted={wanted} error={error} />
      <FilterBar />
    </div>
  );
}
