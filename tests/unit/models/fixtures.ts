// Shared, memoised bodies for the model tests (building one takes well under a second).
import { generateBody, type GeneratedBody } from '../../../models/generated';
import { normaliseParams } from '../../../models/body/params';

const cache = new Map<string, GeneratedBody>();

export function body(height = 1.75, sex: 'male' | 'female' = 'male', build = 0.5): GeneratedBody {
  const key = `${height}/${sex}/${build}`;
  let b = cache.get(key);
  if (!b) {
    b = generateBody(normaliseParams({ height, sex, build }));
    cache.set(key, b);
  }
  return b;
}
