// The placed-points asset (models/assets/placements.json, emitted by Vite as a file served by 'self'):
// fetched once, parsed once with the schema models/ exports, and shared by the viewer, the locate guide,
// the detail panel and the print page. Not bundled into the main script.
import { useEffect, useState } from 'react';
import placementsUrl from '../../models/assets/placements.json?url';
import { PlacementsAsset } from '../../models/placements-asset';
import { placementOf } from './placement-status';

let pending: Promise<PlacementsAsset> | undefined;

export function loadPlacements(): Promise<PlacementsAsset> {
  pending ??= fetch(placementsUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`placements: HTTP ${r.status}`);
      return r.json();
    })
    .then((json: unknown) => PlacementsAsset.parse(json));
  return pending;
}

/** The point's placement once the asset is in (undefined until then, or if it cannot be read). */
export function usePlacement(code: string): ReturnType<typeof placementOf> | undefined {
  const [asset, setAsset] = useState<PlacementsAsset>();
  useEffect(() => {
    let live = true;
    loadPlacements().then((a) => { if (live) setAsset(a); }, () => undefined);
    return () => { live = false; };
  }, []);
  return asset ? placementOf(asset, code) : undefined;
}
