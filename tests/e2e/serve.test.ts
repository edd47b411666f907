import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type DemoServer } from '../../demo/serve.mjs';

describe('the demo server', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startServer({ port: 0 });
  });
  afterAll(() => server.close());

  it('listens on localhost and serves the page', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain('<textarea id="input" dir="rtl"');
    const script = await fetch(new URL('app.js', server.url));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.skipIf(!existsSync('dist/browser/persian-ner.js'))('serves the browser build next to the page', async () => {
    const build = await fetch(new URL('persian-ner.js', server.url));
    expect(build.status).toBe(200);
  });

  it('serves nothing outside its folders', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/missing.js', '/%E0%A4%A']) {
      const response = await fetch(server.url.replace(/\/$/, '') + path);
      expect([400, 404]).toContain(response.status);
    }
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });
});
