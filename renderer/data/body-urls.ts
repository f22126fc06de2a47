// The shipped bodies' files (models/assets/bodies/<variant>.glb and .placements.json), emitted by Vite as
// files served by 'self'. URLs only: three.js stays out of the main bundle (it loads with the viewer).
import { type BodyVariantId, isBodyVariantId } from '../../models/body/variants';

const glbs = import.meta.glob<string>('../../models/assets/bodies/*.glb', {
  query: '?url',
  import: 'default',
  eager: true,
});
const placements = import.meta.glob<string>('../../models/assets/bodies/*.placements.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

const idOf = (path: string): string => (path.split('/').pop() ?? '').replace(/\.(placements\.json|glb)$/, '');

function byVariant(urls: Record<string, string>): Map<BodyVariantId, string> {
  const out = new Map<BodyVariantId, string>();
  for (const [path, url] of Object.entries(urls)) {
    const id = idOf(path);
    if (isBodyVariantId(id)) out.set(id, url);
  }
  return out;
}

const GLB = byVariant(glbs);
const PLACEMENTS = byVariant(placements);

export class MissingBodyError extends Error {
  constructor(id: string) {
    super(`The ${id.replace('-', ', ')} body is not in this build of the app (run \`npm run model:build\`).`);
    this.name = 'MissingBodyError';
  }
}

export function bodyUrls(id: BodyVariantId): { glb: string; placements: string } {
  const glb = GLB.get(id),
    json = PLACEMENTS.get(id);
  if (!glb || !json) throw new MissingBodyError(id);
  return { glb, placements: json };
}
