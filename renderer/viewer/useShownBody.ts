// The body the viewer draws. The first body suspends the viewer once (the "Loading the body…" line);
// after that a change of patient or of the body control loads the next body beside the one on screen and
// swaps when it is ready, so the canvas, camera and selection stay. A body that fails to load is said in
// the body control, and the one on screen stays.
import { use, useEffect, useState } from 'react';
import type { BodyVariant } from '../../models/body/variants';
import { useBodyInUse } from '../data/useBodyInUse';
import { loadBody, type LoadedBody } from './scene-data';

export interface ShownBody {
  body: LoadedBody;
  /** the body the plan / control asks for (differs from `body` while it loads, or if it failed) */
  wanted: BodyVariant;
  error?: Error;
}

export function useShownBody(): ShownBody {
  const { variant: wanted } = useBodyInUse();
  const [firstId] = useState(wanted.id);
  const first = use(loadBody(firstId));
  const [body, setBody] = useState<LoadedBody>(first);
  const [failed, setFailed] = useState<{ id: string; error: Error }>();
  useEffect(() => {
    if (body.id === wanted.id) return;
    let live = true;
    loadBody(wanted.id).then(
      (b) => {
        if (live) {
          setBody(b);
          setFailed(undefined);
        }
      },
      (e: unknown) => {
        if (live) setFailed({ id: wanted.id, error: e instanceof Error ? e : new Error(String(e)) });
      },
    );
    return () => {
      live = false;
    };
  }, [wanted.id, body.id]);
  return { body, wanted, ...(failed?.id === wanted.id ? { error: failed.error } : {}) };
}
