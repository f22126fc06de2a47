// Body diagrams for the printed plan: the 3D body rendered per needed view (body-stage: plain three.js
// on an offscreen canvas, orthographic, white background, kept for the page's life), the plan's points
// drawn on top as an SVG overlay numbered like the points table.
import { useEffect, useState } from 'react';
import { Vector3 } from 'three';
import type { Plan } from '../../electron/contract/plan';
import { bodyFor, diagramBodyNote } from '../data/body-choice';
import { type BodyStage, forgetBodyStage, loadBodyStage, NoWebGLError } from './body-stage';
import {
  bestView,
  layoutLabels,
  ndcToPixel,
  neededViews,
  planMarkers,
  VIEW_TITLE,
  type DiagramView,
  type PlacedLabel,
} from './diagram-views';

const LABEL_R = 13;

export interface RenderedView {
  view: DiagramView;
  url: string;
  width: number;
  height: number;
  labels: PlacedLabel[];
}
type Result = { status: 'done'; views: RenderedView[]; unplaced: string[] } | { status: 'failed'; message: string };

function diagramsOn(stage: BodyStage, plan: Plan): Result {
  const { markers, unplaced } = planMarkers(plan.points, stage.markers);
  const assigned = markers.map((m) => bestView(m, stage.visible));
  const views = neededViews(assigned).map((view) => {
    const img = stage.image(view);
    const dots = markers.flatMap((m, i) => {
      if (assigned[i] !== view) return [];
      const p = new Vector3(...m.position).project(img.camera);
      const [x, y] = ndcToPixel(p.x, p.y, img.width, img.height);
      return [{ number: m.number, x, y }];
    });
    return {
      view,
      url: img.url,
      width: img.width,
      height: img.height,
      labels: layoutLabels(dots, img.width, 30, LABEL_R * 2 + 2),
    };
  });
  return { status: 'done', views, unplaced };
}

async function drawDiagrams(plan: Plan): Promise<Result> {
  const id = bodyFor(plan.patient).variant.id;
  try {
    return diagramsOn(await loadBodyStage(id), plan);
  } catch (e) {
    if (e instanceof NoWebGLError) return { status: 'failed', message: e.message };
    // Once more on a fresh stage: a WebGL context lost since the last plan is the likely cause.
    forgetBodyStage();
    return diagramsOn(await loadBodyStage(id), plan);
  }
}

/** One view: the rendered body, dots on the skin, numbered labels with a short leader line. */
function DiagramFigure({ v, mmPerPx }: { v: RenderedView; mmPerPx: number }) {
  return (
    <figure className="print-diagram">
      <svg
        viewBox={`0 0 ${v.width} ${v.height}`}
        width={`${(v.width * mmPerPx).toFixed(1)}mm`}
        height={`${(v.height * mmPerPx).toFixed(1)}mm`}
        role="img"
        aria-label={`${VIEW_TITLE[v.view]} view`}
      >
        <image href={v.url} width={v.width} height={v.height} />
        {v.labels.map((l, i) => (
          <g key={i}>
            <line x1={l.x} y1={l.y} x2={l.lx} y2={l.ly} stroke="#b3261e" strokeWidth={2} />
            <circle cx={l.x} cy={l.y} r={4} fill="#b3261e" />
            <circle cx={l.lx} cy={l.ly} r={LABEL_R} fill="#fff" stroke="#b3261e" strokeWidth={2.5} />
            <text x={l.lx} y={l.ly} dy="0.35em" textAnchor="middle" fontSize={15} fontWeight={700} fill="#111">
              {l.number}
            </text>
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
      .catch((e: unknown): Result => ({
        status: 'failed',
        message: `Body diagrams could not be drawn: ${e instanceof Error ? e.message : String(e)}`,
      }))
      .then((r) => {
        if (live) setResult(r);
      });
    return () => {
      live = false;
    };
  }, [plan]);
  useEffect(() => {
    if (result) onDone();
  }, [result, onDone]);

  let body;
  if (!result) body = <p className="muted">Drawing the body diagrams…</p>;
  else if (result.status === 'failed') body = <p className="print-diagram-note">{result.message}</p>;
  else {
    const totalPx = result.views.reduce((s, v) => s + v.width, 0);
    const maxPx = Math.max(...result.views.map((v) => v.height));
    const mmPerPx = Math.min(ROW_WIDTH_MM / totalPx, MAX_HEIGHT_MM / maxPx);
    body = (
      <>
        <div className="print-diagrams">
          {result.views.map((v) => (
            <DiagramFigure key={v.view} v={v} mmPerPx={mmPerPx} />
          ))}
        </div>
        {result.unplaced.length > 0 && (
          <p className="muted">Not drawn (no position on the model yet): {result.unplaced.join(', ')}</p>
        )}
      </>
    );
  }
  return (
    <section className="print-section print-body-diagrams" data-body={bodyFor(plan.patient).variant.id}>
      <h2>Body diagrams</h2>
      <p className="muted print-diagram-body">{diagramBodyNote(plan.patient)}</p>
      {body}
    </section>
  );
}
