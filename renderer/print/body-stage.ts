// The 3D side of the printed body diagrams, kept for the life of the print page: the body loaded and
// prepared once, one WebGL renderer, and each view drawn once. The body image does not depend on the plan
// (the numbered points are an SVG overlay), so a reused print page draws the next plan's diagrams
// without WebGL work. All views share one canvas, side by side, so front and back can be rasterised
// (in the GPU process) while the main thread builds the raycasting BVH. The performance marks (print:*)
// are read by tests/bench/pdf-profile.ts.
import {
  Box3,
  BufferAttribute,
  BufferGeometry,
  DirectionalLight,
  HemisphereLight,
  Mesh,
  MeshStandardMaterial,
  OrthographicCamera,
  Raycaster,
  Scene,
  Vector3,
  WebGLRenderer,
} from 'three';
import { acceleratedRaycast } from 'three-mesh-bvh';
import { type BodyVariantId, DEFAULT_VARIANT } from '../../models/body/variants';
import { loadBodyGeometry } from '../data/body-assets';
import { loadPlacements } from '../data/placements';
import { withBvh } from '../viewer/body-mesh';
import type { MarkerInstance } from '../viewer/scene-math';
import { buildSceneData } from '../viewer/scene-data';
import { type DiagramMarker, type DiagramView, VIEW_DIR, VIEW_ORDER } from './diagram-views';
import { viewFrames, type ViewFrame } from './view-frames';

export interface ViewImage {
  view: DiagramView;
  url: string;
  width: number;
  height: number;
  camera: OrthographicCamera;
}

export interface BodyStage {
  /** every placed point instance of the model (both sides) */
  markers: readonly MarkerInstance[];
  /** true when a ray from just off the marker's skin towards the view's camera is free */
  visible(m: DiagramMarker, v: DiagramView): boolean;
  /** the body the diagrams are drawn on */
  variant: BodyVariantId;
  /** the rendered view (drawn on first use, then kept) */
  image(view: DiagramView): ViewImage;
}

export class NoWebGLError extends Error {
  constructor() {
    super('Body diagrams need WebGL, which is not available on this computer.');
    this.name = 'NoWebGLError';
  }
}

/**
 * PNG, not JPEG: measured here, JPEG saved ~2 ms of encoding per view and made page.pdf no faster, while
 * its 8×8 blocks show on the smooth skin gradient. (Rasterising the body is what costs, not encoding.)
 */
const IMAGE_TYPE = 'image/png';
const skin = new MeshStandardMaterial({ color: '#e3d3c6', roughness: 0.9, metalness: 0 });

/** Scene lights as before: soft sky/ground fill plus a key light above the camera. */
function makeScene(): { scene: Scene; key: DirectionalLight } {
  const scene = new Scene();
  scene.add(new HemisphereLight(0xffffff, 0x8a8a8a, 1.6));
  const key = new DirectionalLight(0xffffff, 1.4);
  scene.add(key, key.target);
  return { scene, key };
}

function makeRenderer(canvas: HTMLCanvasElement): WebGLRenderer {
  // No MSAA: under software WebGL (headless export) it tripled the read-back time; at ~160 dpi print
  // the stair-steps are barely visible.
  const gl = canvas.getContext('webgl2', {
    antialias: false,
    preserveDrawingBuffer: true,
    alpha: false,
    stencil: false,
  });
  if (!gl) throw new NoWebGLError();
  const renderer = new WebGLRenderer({ canvas, context: gl });
  renderer.setClearColor(0xffffff, 1);
  renderer.autoClear = false;
  return renderer;
}

/**
 * Compiles the skin shader and builds its GPU pipeline before the body arrives: one draw of a triangle laid
 * out like the loaded body (float32 position and normal, 16-bit indices) into a 1-pixel canvas. Software
 * WebGL only finishes the pipeline at the first draw, so compile() alone would leave that to the first view.
 */
function warmUp(renderer: WebGLRenderer, scene: Scene): void {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), 3));
  g.setAttribute('normal', new BufferAttribute(new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1]), 3));
  g.setIndex(new BufferAttribute(new Uint16Array([0, 1, 2]), 1));
  const probe = new Mesh(g, skin);
  scene.add(probe);
  renderer.setSize(1, 1, false);
  renderer.render(scene, new OrthographicCamera());
  renderer.getContext().flush();
  scene.remove(probe);
  g.dispose();
}

function visibilityTest(meshes: Mesh[]): BodyStage['visible'] {
  const ray = new Raycaster();
  ray.firstHitOnly = true;
  return (m, v) => {
    const [nx, ny, nz] = m.normal;
    const origin = new Vector3(...m.position).add(new Vector3(nx, ny, nz).multiplyScalar(0.004));
    ray.set(origin, new Vector3(...VIEW_DIR[v]));
    return ray.intersectObjects(meshes, false).length === 0;
  };
}

class ViewCanvas {
  private readonly drawn = new Set<DiagramView>();
  private readonly images = new Map<DiagramView, ViewImage>();
  private readonly frames: Record<DiagramView, ViewFrame & { camera: OrthographicCamera }>;

  constructor(
    private readonly renderer: WebGLRenderer,
    private readonly scene: Scene,
    private readonly key: DirectionalLight,
    box: Box3,
  ) {
    const centre = box.getCenter(new Vector3());
    const { frames, width, height } = viewFrames(box.getSize(new Vector3()).toArray());
    this.frames = Object.fromEntries(
      Object.entries(frames).map(([view, f]) => {
        const camera = new OrthographicCamera(-f.halfW, f.halfW, f.halfH, -f.halfH, 0.01, 10);
        camera.position.copy(centre).add(new Vector3(...VIEW_DIR[view as DiagramView]).multiplyScalar(3));
        camera.up.set(0, 1, 0);
        camera.lookAt(centre);
        camera.updateMatrixWorld(true);
        return [view, { ...f, camera }];
      }),
    ) as ViewCanvas['frames'];
    renderer.setSize(width, height, false);
    renderer.setScissorTest(false);
    renderer.clear();
    key.target.position.copy(centre);
  }

  /** Queues the view's draw into its slot of the shared canvas (the GPU works while JS carries on). */
  draw(view: DiagramView): void {
    if (this.drawn.has(view)) return;
    const f = this.frames[view];
    const height = this.renderer.domElement.height;
    this.key.position.copy(f.camera.position).add(new Vector3(0, 2, 0));
    this.key.target.updateMatrixWorld();
    // WebGL's viewport origin is bottom-left; every slot spans the full canvas height.
    this.renderer.setViewport(f.x, 0, f.width, height);
    this.renderer.setScissor(f.x, 0, f.width, height);
    this.renderer.setScissorTest(true);
    this.renderer.render(this.scene, f.camera);
    this.renderer.getContext().flush();
    this.drawn.add(view);
  }

  image(view: DiagramView): ViewImage {
    const done = this.images.get(view);
    if (done) return done;
    if (this.renderer.getContext().isContextLost()) throw new Error('the WebGL context was lost');
    this.draw(view);
    const f = this.frames[view];
    const out = document.createElement('canvas');
    out.width = f.width;
    out.height = f.height;
    out.getContext('2d')?.drawImage(this.renderer.domElement, f.x, 0, f.width, f.height, 0, 0, f.width, f.height);
    const img = { view, url: out.toDataURL(IMAGE_TYPE), width: f.width, height: f.height, camera: f.camera };
    this.images.set(view, img);
    performance.mark(`print:image-${view}`);
    return img;
  }
}

async function createStage(id: BodyVariantId, onQueued: () => void): Promise<BodyStage & { dispose(): void }> {
  const canvas = document.createElement('canvas');
  const renderer = makeRenderer(canvas);
  // A lost context (GPU process restart) cannot draw views not yet kept: the next plan starts afresh.
  canvas.addEventListener(
    'webglcontextlost',
    () => {
      if (stage?.id === id) stage = undefined;
    },
    { once: true },
  );
  const { scene, key } = makeScene();
  warmUp(renderer, scene);
  const [geometry, asset] = await Promise.all([loadBodyGeometry(id), loadPlacements(id)]);
  performance.mark('print:body-loaded');
  const body = new Mesh(geometry, skin);
  body.updateMatrixWorld(true);
  scene.add(body);
  const views = new ViewCanvas(renderer, scene, key, new Box3().setFromObject(body));
  // Every view is queued now and rasterised while the BVH below is built: front and back are in every
  // diagram, and a side view drawn but unused here is kept for the page's later plans.
  for (const v of VIEW_ORDER) views.draw(v);
  onQueued();
  withBvh(geometry);
  body.raycast = acceleratedRaycast;
  performance.mark('print:body-prepared');
  return {
    variant: id,
    markers: buildSceneData(asset).markers,
    visible: visibilityTest([body]),
    image: (v) => views.image(v),
    dispose: () => {
      renderer.dispose();
      renderer.forceContextLoss();
    },
  };
}

let stage: { id: BodyVariantId; promise: Promise<BodyStage & { dispose(): void }> } | undefined;
let queued: Promise<void> = Promise.resolve();

/** Drops the kept stage (after a failure): the next call loads and draws afresh. */
export function forgetBodyStage(): void {
  stage = undefined;
}

/**
 * The page's body stage for this body (the print route starts the model body as early as it can, before
 * the plan is known). Another body replaces the kept one: one WebGL context per page.
 */
export function loadBodyStage(id: BodyVariantId = DEFAULT_VARIANT.id): Promise<BodyStage> {
  if (stage?.id !== id) {
    const previous = stage?.promise;
    void previous?.then(
      (s) => s.dispose(),
      () => undefined,
    );
    let signal = (): void => undefined;
    queued = new Promise((resolve) => {
      signal = resolve;
    });
    const promise = createStage(id, signal);
    stage = { id, promise };
    // A failed start is not kept: the next plan tries again (and reports its own error).
    promise
      .catch(() => {
        if (stage?.promise === promise) stage = undefined;
      })
      .finally(signal);
  }
  return stage!.promise;
}

/**
 * Settles once the model body's views are handed to the GPU (or the stage failed). The print route lays
 * out the plan after this, so that the rasterising — the longest step — is not queued behind the plan's layout.
 */
export function bodyViewsQueued(): Promise<void> {
  if (!stage) loadBodyStage().catch(() => undefined);
  return queued;
}
