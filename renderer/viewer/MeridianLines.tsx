// The channel pathways: every channel and side as line segments following the point order, all in one
// LineSegments (one draw call), plus the selected point's channel drawn again, emphasised (one more).
// Channels the filter bar hides are left out of the geometry (rebuilt only when the filter changes).
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute, LineBasicMaterial } from 'three';
import { planPointCodes, usePlanStore } from '../plan/plan-store';
import { useSelection } from '../state/selection';
import { useViewerFilter } from './filter-store';
import { LINE_COLORS } from './marker-style';
import { parseChannelCode, polylineSegments, type ChannelPath } from './scene-math';
import { categoriesOf } from './useMarkerVisibility';
import { channelsInCategory, channelVisible } from './viewer-filter';

export interface MeridianLinesProps {
  /** the channel paths, already laid on the body's skin (LoadedBody.linesOnSkin) */
  paths: readonly ChannelPath[];
  /** placed points by code (SceneData.byCode): which channels have a point of the filtered category */
  byCode: ReadonlyMap<string, readonly number[]>;
}

const baseMaterial = new LineBasicMaterial({
  color: LINE_COLORS.channel,
  transparent: true,
  opacity: 0.55,
  toneMapped: false,
});
const emphasisMaterial = new LineBasicMaterial({ color: LINE_COLORS.emphasised, toneMapped: false });

function segmentsGeometry(paths: readonly ChannelPath[]): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute(
    'position',
    new Float32BufferAttribute(
      paths.flatMap((p) => polylineSegments(p.positions)),
      3,
    ),
  );
  return g;
}

export function MeridianLines({ paths: onSkin, byCode }: MeridianLinesProps) {
  const filterChannel = useViewerFilter((s) => s.channel);
  const category = useViewerFilter((s) => s.category);
  const planOnly = useViewerFilter((s) => s.planOnly);
  const showLines = useViewerFilter((s) => s.showLines);
  const planCodes = usePlanStore(planPointCodes);
  const categoryChannels = useMemo(() => channelsInCategory(byCode.keys(), category, categoriesOf), [byCode, category]);
  const paths = useMemo(() => {
    const plan = new Set(planCodes);
    return onSkin.filter((p) =>
      channelVisible(p.channel, { channel: filterChannel, category, planOnly }, plan, categoryChannels),
    );
  }, [onSkin, filterChannel, category, planOnly, planCodes, categoryChannels]);
  const selected = useSelection((s) => s.pointCode);
  const invalidate = useThree((s) => s.invalidate);
  const channel = selected ? parseChannelCode(selected)?.channel : undefined;
  const all = useMemo(() => segmentsGeometry(paths), [paths]);
  const emphasised = useMemo(
    () => (channel ? segmentsGeometry(paths.filter((p) => p.channel === channel)) : null),
    [paths, channel],
  );
  useEffect(() => {
    invalidate();
    return () => all.dispose();
  }, [all, invalidate]);
  useEffect(() => {
    invalidate();
    return () => emphasised?.dispose();
  }, [emphasised, invalidate]);

  useEffect(() => invalidate(), [showLines, invalidate]);

  return (
    <group visible={showLines}>
      <lineSegments geometry={all} material={baseMaterial} raycast={() => null} />
      {emphasised && (
        <lineSegments geometry={emphasised} material={emphasisMaterial} renderOrder={1} raycast={() => null} />
      )}
    </group>
  );
}
