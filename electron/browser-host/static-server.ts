// Serves the production renderer build on 127.0.0.1 with the same traversal guard and CSP as app://.
import http from 'node:http';
import { promises as fs } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { contentTypeFor, resolveAssetPath } from '../common/asset-path';
import { buildCsp } from '../common/csp';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const csp = buildCsp('header');
  const server = http.createServer((req, res) => {
    void (async () => {
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      const file = req.method === 'GET' || req.method === 'HEAD' ? resolveAssetPath(root, pathname) : undefined;
      const body = file ? await fs.readFile(file).catch(() => undefined) : undefined;
      if (!file || !body) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': contentTypeFor(file),
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
