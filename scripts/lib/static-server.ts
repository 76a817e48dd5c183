import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

/** A running static server on 127.0.0.1. */
export interface StaticServer {
  /** Origin plus base path, e.g. "http://127.0.0.1:41234/". */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site from `root` on 127.0.0.1 at a free port, as a static host would: directory
 * URLs serve their index.html, unknown paths the site's 404.html with status 404.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const relative = pathname.startsWith(base) ? pathname.slice(base.length) : null;
    const resolved = relative === null ? null : path.resolve(root, `.${path.sep}${relative}`);
    const candidates =
      resolved && resolved.startsWith(path.resolve(root))
        ? [resolved, path.join(resolved, 'index.html')]
        : [];
    for (const file of candidates) {
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) {
        response.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'content-length': info.size,
        });
        createReadStream(file).pipe(response);
        return;
      }
    }
    const notFound = path.join(root, '404.html');
    const info = await stat(notFound).catch(() => null);
    response.writeHead(404, { 'content-type': TYPES['.html'] as string });
    if (info?.isFile()) createReadStream(notFound).pipe(response);
    else response.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
