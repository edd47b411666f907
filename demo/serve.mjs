// A tiny static file server for the demo: demo/ and the browser build dist/browser/, on localhost only.
// No server-side processing: the page runs persian-ner in the browser.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const browserBuild = resolve(here, '../dist/browser');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The file a URL path names in one of the roots (never outside them), or undefined. */
async function findFile(roots, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (path.endsWith('/')) path += 'index.html';
  for (const root of roots) {
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(root + sep)) continue;
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return file;
  }
  return undefined;
}

/**
 * Starts the server. Resolves once it listens.
 * @param {{ port?: number, host?: string, roots?: string[] }} [options] port 0 picks a free one
 */
export function startServer({ port = 0, host = '127.0.0.1', roots = [here, browserBuild] } = {}) {
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = await findFile(roots, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
      resolvePromise({ server, url, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

const runDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  if (!existsSync(resolve(browserBuild, 'persian-ner.js'))) {
    console.error('persian-ner demo: dist/browser/persian-ner.js is missing; run `npm run build` first (`npm run demo` does).');
  }
  const port = Number(process.env.PORT ?? 5173);
  startServer({ port }).then(
    ({ url }) => console.log(`persian-ner demo: ${url}  (Ctrl-C to stop)`),
    (error) => {
      console.error(`persian-ner demo: cannot listen on port ${port}: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
