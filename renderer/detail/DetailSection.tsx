import type { ReactNode } from 'react';

/** One titled part of a detail view (point, condition, pairing): a region named by its heading. */
export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="detail-section" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}
