/**
 * The demo page in real headless Chromium: the text is typed into the page, and the highlighted entities
 * must be exactly what the library returns in Node. Needs /usr/bin/chromium (Debian package) and the browser
 * build (`npm run build`); skips with a note when either is missing. `DEMO_SCREENSHOT=docs/demo.png npm test`
 * refreshes the README's screenshot; a plain test run leaves the working tree as it was.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type DemoServer } from '../../demo/serve.mjs';
import { extractEntities } from '../../src/index';

const CHROMIUM = '/usr/bin/chromium';
const BUILD = 'dist/browser/persian-ner.js';
const SAMPLE = readFileSync('examples/sample-news.txt', 'utf8');
const REFERENCE = '2010-11-01';

const missing = [CHROMIUM, BUILD].filter((path) => !existsSync(path));
if (missing.length > 0) console.log(`tests/e2e/demo: skipped, missing ${missing.join(' and ')} (apt-get install chromium; npm run build)`);

interface Mark {
  type: string;
  start: number;
  end: number;
  text: string;
}

describe.skipIf(missing.length > 0)('the demo page in Chromium', () => {
  let server: DemoServer;
  let browser: BrowserContext;
  let page: Page;
  const profile = mkdtempSync(join(tmpdir(), 'persian-ner-chromium-'));
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ port: 0 });
    // A fresh profile each run: launchPersistentContext owns --user-data-dir.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1000, height: 700 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(server.url);
    await page.waitForSelector('#output[data-state="ready"]');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function marks(): Promise<Mark[]> {
    return page.$$eval('#output mark.ent', (elements) =>
      elements.map((el) => ({
        type: el.getAttribute('data-type') ?? '',
        start: Number(el.getAttribute('data-start')),
        end: Number(el.getAttribute('data-end')),
        text: el.firstChild?.textContent ?? '',
      })),
    );
  }

  /** Types the text: all but its last line at once, the rest key by key, as a person would finish it. */
  async function typeText(text: string): Promise<void> {
    const cut = text.lastIndexOf('\n') + 1;
    await page.fill('#input', text.slice(0, cut));
    await page.focus('#input');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(text.slice(cut));
    await page.waitForSelector(`#output[data-state="ready"][data-text-length="${text.length}"]`);
  }

  it('highlights exactly the entities the library finds, right to left', async () => {
    await page.fill('#reference-date', REFERENCE);
    await typeText(SAMPLE);
    expect(await page.inputValue('#input')).toBe(SAMPLE);

    const expected = extractEntities(SAMPLE, { referenceDate: REFERENCE });
    const found = await marks();
    expect(found, 'marks in the page = extractEntities in Node (if not: is dist/browser stale? npm run build)').toEqual(expected.map((e) => ({ type: e.type, start: e.start, end: e.end, text: e.text })));
    expect(Number(await page.getAttribute('#output', 'data-count'))).toBe(expected.length);

    expect(await page.getAttribute('#output .persian-ner', 'dir')).toBe('rtl');
    expect(await page.$eval('#output .persian-ner', (el) => getComputedStyle(el).direction)).toBe('rtl');
    // The visible text is the input, labels aside.
    const shown = await page.$eval('#output .ent-text', (el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.ent-label').forEach((label) => label.remove());
      return copy.textContent;
    });
    expect(shown).toBe(SAMPLE);

    if (expected.length > 0) {
      expect(found.length).toBeGreaterThan(0);
      expect(JSON.parse(await page.textContent('#json') ?? 'null'), 'JSON view = extractEntities in Node (stale dist/browser?)').toEqual(JSON.parse(JSON.stringify(expected)));
    }
    if (expected.some((e) => e.type === 'PERSON')) {
      expect(found).toContainEqual(expect.objectContaining({ type: 'PERSON', text: 'الهام علی اف' }));
    }
    await page.$eval('#input', (el) => el.scrollTo(0, 0));
    const screenshot = await page.screenshot({ path: process.env.DEMO_SCREENSHOT || undefined });
    expect(screenshot.length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it('filters by type with the checkboxes', async () => {
    await page.uncheck('#types input[value="LOCATION"]');
    await page.waitForSelector('.chip.off[data-type="LOCATION"]');
    const expected = extractEntities(SAMPLE, { referenceDate: REFERENCE, types: ['PERSON', 'COUNTRY', 'ORGANIZATION', 'DATE'] });
    expect((await marks()).map((m) => [m.type, m.start])).toEqual(expected.map((e) => [e.type, e.start]));
    await page.check('#types input[value="LOCATION"]');
    await page.waitForSelector('.chip:not(.off)[data-type="LOCATION"]');
  });

  it('keeps markup typed into the page as text', async () => {
    const text = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script> در تهران';
    await typeText(text);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.$$('#output img, #output script')).toHaveLength(0);
    expect(await page.$eval('#output .ent-text', (el) => el.textContent?.startsWith('<img src=x'))).toBe(true);
  });

  it('examples/browser.html highlights with the IIFE build (global PersianNER)', async () => {
    const example = await browser.newPage();
    await example.goto(pathToFileURL(resolve('examples/browser.html')).href);
    await example.waitForSelector('#out .persian-ner');
    expect(await example.evaluate(() => typeof (window as unknown as { PersianNER?: unknown }).PersianNER)).toBe('object');
    const shown = await example.$eval('#out .ent-text', (el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.ent-label').forEach((label) => label.remove());
      return copy.textContent ?? '';
    });
    const found = await example.$$eval('#out mark.ent', (els) => els.map((el) => [el.getAttribute('data-type'), Number(el.getAttribute('data-start'))]));
    expect(found).toEqual(extractEntities(shown).map((e) => [e.type, e.start]));
    expect(found.length).toBeGreaterThan(0);
    await example.close();
  });
});
