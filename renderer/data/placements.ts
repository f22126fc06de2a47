// The placed-points assets (models/assets/bodies/<variant>.placements.json, emitted by Vite as files
// served by 'self'): fetched once per body, parsed once with the schema models/ exports, and shared by
// the viewer, the locate guide, the detail panel and the print page. Not bundled into the main script.
import { useEffect, useState } from 'react';
import type { BodyVariantId } from '../../models/body/variants';
import { PlacementsAsset } from '../../models/placements-asset';
import { bodyUrls } from './body-urls';
import { useBodyInUse } from './useBodyInUse';

const pending = new Map<BodyVariantId, Promise<PlacementsAsset>>();

export function loadPlacements(id: BodyVariantId): Promise<PlacementsAsset> {
  let p = pending.get(id);
  if (!p) {
    p = fetch(bodyUrls(id).placements)
      .then((r) => {
        if (!r.ok) throw new Error(`placements of the ${id} body: HTTP ${r.status}`);
        return r.json();
      })
      .then((json: unknown) => PlacementsAsset.parse(json));
    p.catch(() => pending.delete(id));
    pending.set(id, p);
  }
  return p;
}

/** The placements of the body in use, once its asset is in (undefined until then, or if it cannot be read). */
export function usePlacementsAsset(): PlacementsAsset | undefined {
  const { variant } = useBodyInUse();
  const [asset, setAsset] = useState<{ id: BodyVariantId; asset: PlacementsAsset }>();
  useEffect(() => {
    let live = true;
    loadPlacements(variant.id).then(
      (a) => {
        if (live) setAsset({ id: variant.id, asset: a });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [variant.id]);
  return asset?.id === variant.id ? asset.asset : undefined;
}
