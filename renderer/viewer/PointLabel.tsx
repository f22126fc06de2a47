// A label pinned over a marker. Its position is written by SceneProbe straight into the DOM (transform)
// after each rendered frame, so camera moves never re-render React.
import type { Ref } from 'react';
import { pointByCode } from '../data/knowledge';

export interface PointLabelProps {
  code: string | null;
  kind: 'selected' | 'hovered';
  ref: Ref<HTMLDivElement>;
}

export function PointLabel({ code, kind, ref }: PointLabelProps) {
  const record = code ? pointByCode(code) : undefined;
  return (
    <div ref={ref} className={`viewer-label viewer-label-${kind}`} data-label={kind} hidden aria-hidden="true">
      {code && (
        <span>
          <strong>{code}</strong>
          {record && <> {record.pinyin.toned}</>}
        </span>
      )}
    </div>
  );
}
