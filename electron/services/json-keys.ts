// JSON.parse keeps the last of two equal keys and says nothing: a second "points": [] would silently wipe
// a plan's points. This scanner finds a repeated key (and a "__proto__" key, which some readers drop) in
// text that is already known to be valid JSON.

/** The first key that appears twice in one object, or is "__proto__"; undefined when there is none. */
export function suspiciousKey(json: string): { key: string; why: 'duplicate' | 'reserved' } | undefined {
  const objects: (Set<string> | null)[] = []; // null for arrays
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '{') objects.push(new Set());
    else if (c === '[') objects.push(null);
    else if (c === '}' || c === ']') objects.pop();
    else if (c === '"') {
      const start = i;
      for (i++; i < json.length && json[i] !== '"'; i++) if (json[i] === '\\') i++;
      let j = i + 1;
      while (j < json.length && ' \t\r\n'.includes(json[j] ?? '')) j++;
      const keys = objects.at(-1);
      if (json[j] !== ':' || !keys) continue;
      const key = JSON.parse(json.slice(start, i + 1)) as string;
      if (key === '__proto__') return { key, why: 'reserved' };
      if (keys.has(key)) return { key, why: 'duplicate' };
      keys.add(key);
    }
  }
  return undefined;
}
