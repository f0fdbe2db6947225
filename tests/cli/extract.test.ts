// The `extract` command as a user runs it: a real process, JSON lines on stdout, exit codes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFile, parsePage } from '../../src/cli/extract';
import { VENDORED_PAGES } from '../helpers/corpus';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const pages = `${VENDORED_PAGES}/`;
const boxes = fileURLToPath(new URL('../fixtures/boxes/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'nutshell-extract-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  lines: Line[];
}

/** One output line: a page, or a page that failed. */
interface Line {
  file: string;
  url?: string;
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  text?: string;
  error?: string;
  kind?: string;
  takeaways?: { source: string; items: string[] };
}

function extract(...args: string[]): Run {
  const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'extract', ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const stdout = run.stdout ?? '';
  const lines = stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);
  return { status: run.status, stdout, stderr: run.stderr ?? '', lines };
}

describe('nutshell extract', () => {
  it('writes one JSON line per page for files, a folder and a broken file, and exits 0', () => {
    const broken = join(scratch, 'broken.html');
    writeFileSync(broken, Buffer.from([0x00, 0xff, 0xfe, 0x3c, 0x00, 0x21, 0x9f]));
    const firefox = `${pages}firefox-nightly-blog/source.html`;
    const trap = `${pages}nytimes-5/source.html`;
    const run = extract(firefox, trap, boxes, broken);
    expect(run.status).toBe(0);
    const fixtureCount = readdirSync(boxes).filter((name) => name.endsWith('.html')).length;
    expect(run.lines).toHaveLength(2 + fixtureCount + 1);

    const [first, second] = run.lines;
    expect(first).toMatchObject({ file: firefox, url: pathToFileURL(firefox).href, title: 'These Weeks in Firefox: Issue 85 – Firefox Nightly News' });
    expect(Object.keys(first ?? {})).toEqual(['file', 'url', 'title', 'byline', 'siteName', 'lang', 'text', 'takeaways']);
    expect(first?.takeaways?.source).toBe('page');
    expect(first?.takeaways?.items).toHaveLength(9);
    expect(first?.takeaways?.items[0]).toBe('Here’s our Firefox Year in Review!');
    expect(first?.text).toContain('Amy Churchwell joins the Search & Navigation team today.');
    expect(second?.file).toBe(trap);
    expect(second?.takeaways?.source).toBe('local');

    // The folder: every *.html directly in it, sorted by name.
    const folder = run.lines.slice(2, 2 + fixtureCount).map((line) => String(line.file));
    expect(folder).toEqual([...folder].sort());
    expect(folder.every((file) => file.startsWith(boxes.replace(/\/$/, '')))).toBe(true);
    const byName = new Map(run.lines.map((line) => [String(line.file).split('/').pop(), line]));
    expect(byName.get('investopedia-key-takeaways.html')?.takeaways).toMatchObject({ source: 'page' });
    expect(byName.get('investopedia-key-takeaways.html')?.takeaways?.items).toHaveLength(4);
    expect(byName.get('trap-newsletter-promo.html')?.takeaways?.source).toBe('local');
    // Issue 12 reversed last turn's rule: a labelled one-paragraph summary is the author's box.
    expect(byName.get('summary-paragraph-review.html')?.takeaways).toMatchObject({ source: 'page', box: { kind: 'paragraph' } });
    expect(byName.get('summary-paragraph-review.html')?.takeaways?.items).toHaveLength(1);

    const last = run.lines.at(-1);
    expect(last?.file).toBe(broken);
    expect(Object.keys(last ?? {})).toEqual(['file', 'error', 'kind']);
    expect(typeof last?.error).toBe('string');
    // The bytes parse as the HTML standard's parser (and a browser) reads them: a few characters of
    // text, too little to read.
    expect(last?.kind).toBe('not-readerable');
    expect(last?.error).toMatch(/too little text/);
  }, 240_000);

  it('reads a folder of *.html and *.html.gz (gunzipped), names files as given, and leaves the title out of text', () => {
    const folder = join(scratch, 'pages');
    mkdirSync(folder, { recursive: true });
    const source = readFileSync(`${pages}firefox-nightly-blog/source.html`);
    writeFileSync(join(folder, 'b.html.gz'), gzipSync(source));
    writeFileSync(join(folder, 'a.html'), source);
    writeFileSync(join(folder, 'c.txt'), 'not a page');
    copyFileSync(fileURLToPath(new URL('../fixtures/wcxb/0135.html.gz', import.meta.url)), join(folder, 'd.html.gz'));
    const run = extract(folder);
    expect(run.status).toBe(0);
    expect(run.lines.map((line) => line.file)).toEqual(['a.html', 'b.html.gz', 'd.html.gz'].map((name) => join(folder, name)));
    const [plain, gzipped, thrower] = run.lines;
    expect(gzipped?.text).toBe(plain?.text);
    expect(gzipped?.title).toBe('These Weeks in Firefox: Issue 85 – Firefox Nightly News');
    expect(gzipped?.text?.startsWith(gzipped.title ?? '')).toBe(false);
    expect(gzipped?.text).toMatch(/^Highlights/);
    // The page Readability 0.6.0 throws on: a line, never a crash; an article or a typed refusal.
    expect(thrower?.text ?? thrower?.kind).toBeTruthy();
  }, 240_000);

  it('reads a page the old gate refuses on a click, and refuses it only with --strict', () => {
    const page = `${pages}mozilla-2/source.html`;
    const [read] = extract(page).lines;
    expect(read?.title).toContain('Firefox Developer Edition');
    expect(read?.text?.length).toBeGreaterThan(200);
    const [strict] = extract('--strict', page).lines;
    expect(strict).toMatchObject({ file: page, kind: 'not-readerable' });
    expect(Object.keys(strict ?? {})).toEqual(['file', 'error', 'kind']);
  }, 240_000);

  it('uses --url for a single file', () => {
    const run = extract('--url', 'https://example.org/2024/story.html', `${boxes}cnn-story-highlights.html`);
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatchObject({ url: 'https://example.org/2024/story.html', takeaways: { source: 'page' } });
  }, 120_000);

  it('refuses wrong arguments with usage on stderr, exit 2 and nothing on stdout', () => {
    for (const args of [
      [],
      ['--url', 'https://example.org/', boxes],
      ['--bogus', `${boxes}cnn-story-highlights.html`],
      [join(scratch, 'missing.html')],
    ]) {
      const run = extract(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr).toContain('usage: nutshell extract');
    }
  }, 240_000);
});

describe('page parsing for the CLI', () => {
  const paragraph = `<p>${'The committee published its findings on the river project after two years of hearings. '.repeat(6)}<a href="../docs/report.html">report</a> <img src="img/chart.png"></p>`;
  const page = (head = ''): string =>
    `<html><head>${head}<title>Report</title></head><body><article>${paragraph}${paragraph}</article></body></html>`;

  it('gives linkedom documents (and their clones) a URL, so Readability resolves relative links', () => {
    const doc = parsePage(page(), 'https://example.com/news/2024/story.html');
    expect(doc.documentURI).toBe('https://example.com/news/2024/story.html');
    const content = new Readability(doc.cloneNode(true) as Document).parse()?.content ?? '';
    expect(content).toContain('href="https://example.com/news/docs/report.html"');
    expect(content).toContain('src="https://example.com/news/2024/img/chart.png"');
  });

  it('honours <base href>', () => {
    const doc = parsePage(page('<base href="/static/">'), 'https://example.com/news/story.html');
    expect(doc.baseURI).toBe('https://example.com/static/');
  });

  it('builds the tree a browser builds from markup linkedom alone misplaces (wcxb-dev 0260: a script before <head>, no <html>)', () => {
    const html = `<script>window.dataLayer = [];</script>\n<head><title>Report</title></head>\n<body><article>${paragraph}${paragraph}</article></body></html><script>late()</script>`;
    const doc = parsePage(html, 'https://example.com/report');
    expect([...doc.documentElement.children].map((el) => el.tagName)).toEqual(['HEAD', 'BODY']);
    expect(doc.head.querySelectorAll('script, title')).toHaveLength(2);
    const copy = doc.cloneNode(true) as Document;
    void copy.body; // linkedom's getter added a second <head> to such a clone, and Readability then found nothing
    expect(new Readability(copy).parse()?.textContent).toContain('The committee published its findings');
  });

  it('decodes UTF-8 even under a stale charset, and legacy bytes by their declared charset', () => {
    expect(decodeFile(Buffer.from('<meta charset="gb2312"><p>Grüße</p>', 'utf8'))).toContain('Grüße');
    expect(decodeFile(Buffer.from('<meta charset="iso-8859-1"><p>Gr\xfc\xdfe</p>', 'latin1'))).toContain('Grüße');
  });
});
