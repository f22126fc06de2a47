// Body diagrams for the printed plan: the 3D body rendered once per needed view with plain three.js on
// an offscreen canvas (orthographic, white background) into PNG data URLs, the plan's points drawn on
// top as an SVG overlay numbered like the points table. The WebGL context is freed when done.
import { useEffect, useState } from 'react';
import {
  Box3, DirectionalLight, HemisphereLight, type Mesh, MeshStandardMaterial, type Object3D, OrthographicCamera,
  Raycaster, Scene, Vector3, WebGLRenderer,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { disposeBoundsTree } from 'three-mesh-bvh';
import type { Plan } from '../../electron/contract/plan';
import { prepareBodyMeshes } from '../viewer/body-mesh';
import { bodyUrl, loadSceneData } from '../viewer/scene-data';
import {
  bestView, layoutLabels, ndcToPixel, neededViews, planMarkers, VIEW_DIR, VIEW_TITLE,
  type DiagramMarker, type DiagramView, type PlacedLabel,
} from './diagram-views';

/** Image resolution: ~170 dpi at the printed size, enough for crisp skin shading without big PNGs. */
const PX_PER_M = 420;
const MARGIN_M = 0.04;
const LABEL_R = 13;

export interface RenderedView { view: DiagramView; url: string; width: number; height: number; labels: PlacedLabel[] }
type Result = { status: 'done'; views: RenderedView[]; unplaced: string[] } | { status: 'failed'; message: string };

const skin = new MeshStandardMaterial({ color: '#e3d3c6', roughness: 0.9, metalness: 0 });

const prepareBody = (root: Object3D): Mesh[] => prepareBodyMeshes(root, skin);

/** A marker counts as visible from a view when a ray from just off its skin towards the camera is free. */
function visibilityTest(meshes: Mesh[]): (m: DiagramMarker, v: DiagramView) => boolean {
  const ray = new Raycaster();
  ray.firstHitOnly = true;
  return (m, v) => {
    const [nx, ny, nz] = m.normal;
    const origin = new Vector3(...m.position).add(new Vector3(nx, ny, nz).multiplyScalar(0.004));
    ray.set(origin, new Vector3(...VIEW_DIR[v]));
    return ray.intersectObjects(meshes, false).length === 0;
  };
}

function viewCamera(view: DiagramView, box: Box3): { camera: OrthographicCamera; width: number; height: number } {
  const size = box.getSize(new Vector3());
  const centre = box.getCenter(new Vector3());
  const halfW = (view === 'front' || view === 'back' ? size.x : size.z) / 2 + MARGIN_M;
  const halfH = size.y / 2 + MARGIN_M;
  const camera = new OrthographicCamera(-halfW, halfW, halfH, -halfH, 0.01, 10);
  const [dx, dy, dz] = VIEW_DIR[view];
  camera.position.copy(centre).add(new Vector3(dx, dy, dz).multiplyScalar(3));
  camera.up.set(0, 1, 0);
  camera.lookAt(centre);
  camera.updateMatrixWorld(true);
  return { camera, width: Math.round(halfW * 2 * PX_PER_M), height: Math.round(halfH * 2 * PX_PER_M) };
}

function renderViews(body: Object3D, markers: DiagramMarker[], views: DiagramView[], assigned: DiagramView[]): RenderedView[] {
  const canvas = document.createElement('canvas');
  // No MSAA: under software WebGL (headless export) it tripled the PNG read-back time; at ~160 dpi print
  // the stair-steps are barely visible.
  const renderer = new WebGLRenderer({ canvas, antialias: false, preserveDrawingBuffer: true, alpha: false });
  try {
    renderer.setClearColor(0xffffff, 1);
    const scene = new Scene();
    scene.add(body, new HemisphereLight(0xffffff, 0x8a8a8a, 1.6));
    const key = new DirectionalLight(0xffffff, 1.4);
    scene.add(key, key.target);
    const box = new Box3().setFromObject(body);
    return views.map((view) => {
      const { camera, width, height } = viewCamera(view, box);
      key.position.copy(camera.position).add(new Vector3(0, 2, 0));
      key.target.position.copy(box.getCenter(new Vector3()));
      renderer.setSize(width, height, false);
          renderer.render(scene, camera);
      const dots = markers.flatMap((m, i) => {
        if (assigned[i] !== view) return [];
        const p = new Vector3(...m.position).project(camera);
        const [x, y] = ndcToPixel(p.x, p.y, width, height);
        return [{ number: m.number, x, y }];
      });
      return { view, url: canvas.toDataURL('image/png'), width, height, labels: layoutLabels(dots, width, 30, LABEL_R * 2 + 2) };
    });
  } finally {
    renderer.dispose();
    renderer.forceContextLoss();
  }
}

async function drawDiagrams(plan: Plan): Promise<Result> {
  const probe = document.createElement('canvas').getContext('webgl2');
  if (!probe) return { status: 'failed', message: 'Body diagrams need WebGL, which is not available on this computer.' };
  probe.getExtension('WEBGL_lose_context')?.loseContext();
  const [gltf, sceneData] = await Promise.all([new GLTFLoader().loadAsync(bodyUrl), loadSceneData()]);
  const meshes = prepareBody(gltf.scene);
  try {
    const { markers, unplaced } = planMarkers(plan.points, sceneData.markers);
    const visible = visibilityTest(meshes);
    const assigned = markers.map((m) => bestView(m, visible));
    const views = neededViews(assigned);
    return { status: 'done', views: renderViews(gltf.scene, markers, views, assigned), unplaced };
  } finally {
    for (const m of meshes) { m.geometry.disposeBoundsTree = disposeBoundsTree; m.geometry.disposeBoundsTree(); m.geometry.dispose(); }
  }
}

/** One view: the rendered body, dots on the skin, numbered labels with a short leader line. */
function DiagramFigure({ v, mmPerPx }: { v: RenderedView; mmPerPx: number }) {
  return (
    <figure className="print-diagram">
      <svg viewBox={`0 0 ${v.width} ${v.height}`} width={`${(v.width * mmPerPx).toFixed(1)}mm`} height={`${(v.height * mmPerPx).toFixed(1)}mm`} role="img" aria-label={`${VIEW_TITLE[v.view]} view`}>
        <image href={v.url} width={v.width} height={v.height} />
        {v.labels.map((l, i) => (
          <g key={i}>
            <line x1={l.x} y1={l.y} x2={l.lx} y2={l.ly} stroke="#b3261e" strokeWidth={2} />
            <circle cx={l.x} cy={l.y} r={4} fill="#b3261e" />
            <circle cx={l.lx} cy={l.ly} r={LABEL_R} fill="#fff" stroke="#b3261e" strokeWidth={2.5} />
            <text x={l.lx} y={l.ly} dy="0.35em" textAnchor="middle" fontSize={15} fontWeight={700} fill="#111">{l.number}</text>
          </g>
        ))}
      </svg>
      <figcaption>{VIEW_TITLE[v.view]}</figcaption>
    </figure>
  );
}

/** Printed width for all views side by side (A4 and Letter content width minus gaps) and a height cap. */
const ROW_WIDTH_MM = 176;
const MAX_HEIGHT_MM = 120;

/** Renders the diagrams once per plan and calls onDone (success, failure or no WebGL alike). */
export function BodyDiagrams({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const [result, setResult] = useState<Result | undefined>();
  useEffect(() => {
    let live = true;
    drawDiagrams(plan)
      .catch((e: unknown): Result => ({ status: 'failed', message: `Body diagrams could not be drawn: ${e instanceof Error ? e.message : String(e)}` }))
      .then((r) => { if (live) setResult(r); });
    return () => { live = false; };
  }, [plan]);
  useEffect(() => { if (result) onDone(); }, [result, onDone]);

  let body;
  if (!result) body = <p className="muted">Drawing the body diagrams…</p>;
  else if (result.status === 'failed') body = <p className="print-diagram-note">{result.message}</p>;
  else {
    const totalPx = result.views.reduce((s, v) => s + v.width, 0);
    const maxPx = Math.max(...result.views.map((v) => v.height));
    const mmPerPx = Math.min(ROW_WIDTH_MM / totalPx, MAX_HEIGHT_MM / maxPx);
    body = (
      <>
        <div className="print-diagrams">{result.views.map((v) => <DiagramFigure key={v.view} v={v} mmPerPx={mmPerPx} />)}</div>
        {result.unplaced.length > 0 && <p className="muted">Not drawn (no position on the model yet): {result.unplaced.join(', ')}</p>}
      </>
    );
  }
  return <section className="print-section print-body-diagrams"><h2>Body diagrams</h2>{body}</section>;
}
