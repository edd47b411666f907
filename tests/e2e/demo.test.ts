/**
 * The demo page in real headless Chromium: the text is typed into the page, and the highlighted entities
 * must be exactly what the library returns in Node. Needs /usr/bin/chromium (Debian package) and the browser
 * build (`npm run build`); skips with a note when either is missing. `DEMO_SCREENSHOT=docs/demo.png npm test`
 * refreshes the README's screenshot; a plain test run leaves the working tree as it was.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type DemoServer } from '../../demo/serve.mjs';
import { extractEntities } from '../../src/index';
import { runCli } from '../cli/helpers';

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

/** The marks of `page` under `root` whose label is not on the last line of the entity's text (run in the page). */
function labelsAwayFromTheirEntity(page: Page, root: string): Promise<string[]> {
  return page.$$eval(`${root} mark.ent`, (marks) =>
    marks.flatMap((mark) => {
      const text = mark.firstChild;
      const label = mark.querySelector('.ent-label');
      if (!text || !label) return [`${mark.textContent ?? ''}: no text or no label`];
      const range = document.createRange();
      range.selectNodeContents(text);
      const lines = Array.from(range.getClientRects());
      const lastLine = lines.reduce((a, b) => (b.top > a.top ? b : a));
      const box = label.getBoundingClientRect();
      return box.top < lastLine.bottom && box.bottom > lastLine.top ? [] : [`«${text.textContent ?? ''}» (label at y=${Math.round(box.top)}, text ends at y=${Math.round(lastLine.top)})`];
    }),
  );
}

/**
 * Where characters of the element's text are drawn: the x of the middle of each character at `offsets` of its
 * text content (run in the page; markup inside does not change the offsets).
 */
function charactersX(page: Page, selector: string, offsets: number[]): Promise<number[]> {
  return page.$eval(
    selector,
    (element, wanted) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: Array<[Text, number]> = [];
      let at = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        nodes.push([node, at]);
        at += node.data.length;
      }
      return wanted.map((offset) => {
        const [node, start] = nodes.filter(([, s]) => s <= offset).at(-1)!;
        const range = document.createRange();
        range.setStart(node, offset - start);
        range.setEnd(node, offset - start + 1);
        const box = range.getBoundingClientRect();
        return box.left + box.width / 2;
      });
    },
    offsets,
  );
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

  /** Puts the text into the page at once and waits for its result. */
  async function showText(text: string): Promise<void> {
    await page.fill('#input', text);
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

  it('keeps every label on the line of its entity, whatever the width of the page', async () => {
    const apart: string[] = [];
    for (let width = 320; width <= 1000; width += 17) {
      await page.setViewportSize({ width, height: 700 });
      for (const mark of await labelsAwayFromTheirEntity(page, '#output')) apart.push(`${width}px: ${mark}`);
    }
    await page.setViewportSize({ width: 1000, height: 700 });
    expect(apart, 'labels that wrapped onto another line than their entity').toEqual([]);
  });

  it('writes the count and the time in Persian digits', async () => {
    const status = (await page.textContent('#status')) ?? '';
    expect(status).toMatch(/^[۰-۹]+ موجودیت · [۰-۹]+٫[۰-۹] میلی‌ثانیه$/);
  });

  it('takes the reference date in the Solar Hijri calendar too, in step with the Gregorian one', async () => {
    expect(await page.inputValue('#reference-date-jalali')).toBe('۱۳۸۹/۰۸/۱۰'); // 2010-11-01, set above
    await page.fill('#reference-date-jalali', '۱۴۰۲/۱۰/۲۵');
    await page.press('#reference-date-jalali', 'Tab');
    await page.waitForFunction(() => (document.getElementById('reference-date') as HTMLInputElement).value === '2024-01-15');
    const text = 'امروز در تهران';
    await showText(text);
    expect(JSON.parse((await page.textContent('#json')) ?? 'null')).toEqual(JSON.parse(JSON.stringify(extractEntities(text, { referenceDate: '2024-01-15' }))));
    await page.fill('#reference-date-jalali', '1402/12/30'); // no such day: 1402 is not a leap year
    await page.press('#reference-date-jalali', 'Tab');
    expect(await page.getAttribute('#reference-date-jalali', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#reference-date')).toBe('2024-01-15');
    await page.fill('#reference-date', REFERENCE);
    await page.waitForFunction(() => (document.getElementById('reference-date-jalali') as HTMLInputElement).value === '۱۳۸۹/۰۸/۱۰');
  });

  it('shows the Persian strings of the JSON pane in reading order, between their quotes', async () => {
    await showText('نشست بعدی در ۱۵ خرداد ۱۴۰۲ در تهران برگزار می‌شود.');
    const json = (await page.textContent('#json')) ?? '';
    const strings = [...json.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].filter((m) => /[\u0600-\u06ff]/.test(m[1]!) && m[1]!.length > 1);
    expect(strings.map((m) => m[1])).toContain('۱۵ خرداد ۱۴۰۲');
    const misplaced: string[] = [];
    for (const m of strings) {
      const open = m.index!;
      const close = open + m[0].length - 1;
      const [openX, firstX, lastX, closeX] = await charactersX(page, '#json', [open, open + 1, close - 1, close]);
      // right to left: the first character right of the last, both between the quotes
      if (!(openX! < lastX! && lastX! < firstX! && firstX! < closeX!)) misplaced.push(m[1]!);
    }
    expect(misplaced, 'strings drawn out of reading order').toEqual([]);
    await showText(SAMPLE);
  });

  it('CLI HTML: a file path heading reads left to right, and labels stay with their entities', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'persian-ner-html-'));
    const file = join(dir, 'news.txt');
    writeFileSync(file, SAMPLE);
    const { stdout } = await runCli(['extract', '-f', 'html', '--labels', 'fa', '-r', REFERENCE, file]);
    rmSync(dir, { recursive: true, force: true });
    const html = await browser.newPage();
    await html.setViewportSize({ width: 480, height: 800 });
    await html.setContent(stdout);
    const heading = (await html.textContent('h2')) ?? '';
    expect(heading).toBe(file);
    const [first, last] = await charactersX(html, 'h2', [0, heading.length - 1]);
    expect(first, `«${heading}» is drawn flipped (the leading / on the right)`).toBeLessThan(last!);
    expect(await labelsAwayFromTheirEntity(html, 'section')).toEqual([]);
    expect((await html.screenshot({ fullPage: true })).length).toBeGreaterThan(0);
    await html.close();
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
