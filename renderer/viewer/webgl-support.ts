// WebGL probe run before mounting the Canvas: without WebGL 2 the viewport shows the 2D fallback and
// the rest of the app keeps working (software-rendered or GPU-blocklisted machines).
let cached: boolean | undefined;

export function hasWebGL2(): boolean {
  if (cached !== undefined) return cached;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    cached = gl !== null;
    // Free the probe's context at once: Chromium caps live WebGL contexts per page.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    cached = false;
  }
  return cached;
}
