// Serves the renderer build from the app:// scheme (standard + secure, so 'self' in the CSP means it),
// with the traversal guard of asset-path.ts and the CSP header on every response.
import { protocol } from 'electron';
import { promises as fs } from 'node:fs';
import { APP_HOST, APP_SCHEME } from '../common/url-policy';
import { contentTypeFor, resolveAssetPath } from '../common/asset-path';
import { buildCsp } from '../common/csp';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveRenderer(rendererRoot: string): void {
  const csp = buildCsp('header');
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveAssetPath(rendererRoot, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        headers: {
          'content-type': contentTypeFor(file),
          'content-security-policy': csp,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
