// Markdown export: YAML front matter once (Obsidian's properties: text, date-time, number and a
// list of tags), then per article `## [Title](url)`, `site · saved YYYY-MM-DD · source`, `- `
// bullets and the note as a `> ` quote. Every piece of text is escaped so it stays text in
// CommonMark and in Obsidian's extensions (wikilinks, ==highlights==, $math$, %%comments%%).
import { say } from '../i18n/translator';
import type { SavedRecord } from './record';
import { sourceLabel } from './source-label';

export interface MarkdownOptions {
  /** The document title in the front matter. */
  title?: string;
  now: Date;
  /** IANA zone for the "saved" dates; the reader's own zone in the extension. */
  timeZone?: string;
}

export function libraryMarkdown(records: readonly SavedRecord[], options: MarkdownOptions): string {
  const front = [
    '---',
    `title: ${yamlString(options.title ?? say('exportTitle'))}`,
    `exported: ${options.now.toISOString()}`,
    `count: ${records.length}`,
    'tags: [nutshell]',
    '---',
    '',
  ].join('\n');
  return front + records.map((r) => '\n' + articleMarkdown(r, options.timeZone)).join('');
}

/** One article's block; also what "Copy as Markdown" puts on the clipboard. */
export function articleMarkdown(record: SavedRecord, timeZone = 'UTC'): string {
  const meta = [record.site, say('exportSaved', isoDate(record.savedAt, timeZone)), sourceLabel(record.takeaways)]
    .filter((part): part is string => !!part)
    .map(escapeInline)
    .join(' · ');
  const lines = [`## [${escapeInline(record.title) || escapeInline(record.url)}](${destination(record.url)})`, '', meta, ''];
  for (const item of record.takeaways.items) lines.push(`- ${escapeInline(oneLine(item))}`);
  if (record.takeaways.items.length > 0) lines.push('');
  const note = record.note.trim();
  if (note) {
    for (const line of note.split(/\r?\n/)) lines.push(line.trim() ? `> ${escapeInline(line.trim())}` : '>');
    lines.push('');
  }
  return lines.join('\n');
}

/** YYYY-MM-DD of an ISO instant in `timeZone`. */
export function isoDate(iso: string, timeZone = 'UTC'): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Inline markup characters of CommonMark, GFM and Obsidian. Any ASCII punctuation may be
// backslash-escaped in CommonMark, so escaping a few too many is harmless.
const INLINE = /[\\`*_[\]<>&~$%=|!#{}^]/g;

/** Text that renders as itself: inline punctuation escaped, and no line start read as a block. */
export function escapeInline(text: string): string {
  const escaped = oneLine(text).replace(INLINE, '\\$&');
  // A leading "+", "-" (a list, a rule), "1." or "1)" (an ordered list) would start a block.
  return escaped.replace(/^([+-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** A link destination: <…> form (spaces and parentheses allowed), with only < > \ and newlines escaped. */
function destination(url: string): string {
  return `<${url.replace(/[<>\\]/g, (c) => encodeURIComponent(c)).replace(/[\r\n]/g, '')}>`;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML 1.2). */
function yamlString(text: string): string {
  return JSON.stringify(text);
}
