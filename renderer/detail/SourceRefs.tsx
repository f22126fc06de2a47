import type { SourceRef } from '../../points/schema/common';
import { sourceLabel, sourceTitle } from './detail-data';

/** Compact source citation: short labels with the full title on hover and for screen readers. */
export function SourceRefs({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <span className="source-refs">
      {sources.map((s, i) => (
        <cite key={`${s.id}-${i}`} title={`${sourceTitle(s.id)}${s.detail ? `, ${s.detail}` : ''}`}>
          {sourceLabel(s.id)}
        </cite>
      ))}
    </span>
  );
}
