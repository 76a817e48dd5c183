import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

/** A running static server on 127.0.0.1. */
export interface StaticServer {
  /** Origin plus base path, e.g. "http://127.0.0.1:41234/". */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site from `root` under `base` (ending in "/") on 127.0.0.1 at a free port, as a
 * static host would: sirv serves the files (directory URLs their index.html), and anything else,
 * outside the base path included, gets the site's 404.html with status 404. With `gzip`, a file's
 * gzipped twin (`page.html.gz`, see gzippedCopy in ./lighthouse) is sent to browsers that take it.
 */
export async function serveStatic(
  root: string,
  base = '/',
  options: { gzip?: boolean } = {},
): Promise<StaticServer> {
  const page = await readFile(path.join(root, '404.html')).catch(() => 'Not found');
  const notFound = (_request: IncomingMessage, response: ServerResponse) =>
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  const files = sirv(root, { dev: true, gzip: options.gzip ?? false, onNoMatch: notFound });
  const server = createServer((request, response) => {
    if (!request.url?.startsWith(base)) notFound(request, response);
    else files(Object.assign(request, { url: request.url.slice(base.length - 1) }), response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
