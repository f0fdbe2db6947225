// The text of a fetched page in its own encoding. Response.text() always decodes UTF-8 (Fetch
// spec, "UTF-8 decode"), so a following page in windows-1252 or Shift_JIS read as mojibake. The
// order is the HTML spec's, shortened: the Content-Type charset, then a <meta> in the first 1024
// bytes (the prescan), then the encoding of the page the reader is on (the same site), then UTF-8.
// The CLI reads saved files with it too (src/cli/extract.ts), after trying strict UTF-8 first.

/** The spec's prescan reads 1024 bytes; 2048 is what the CLI always read on the corpus pages. */
const PRESCAN_BYTES = 2048;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function headerCharset(contentType: string | null): string | null {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

export function decodePage(bytes: Uint8Array, contentType: string | null, pageCharset: string | null): string {
  const bom = bomCharset(bytes);
  if (bom) return decoder(bom)!.decode(bytes);
  // Latin-1 never fails and keeps ASCII as is: enough to read a <meta> tag.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const label of [headerCharset(contentType), META_CHARSET.exec(head)?.[1], pageCharset, 'utf-8']) {
    const found = label ? decoder(label) : null;
    if (found) return found.decode(bytes);
  }
  return new TextDecoder().decode(bytes);
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** A decoder for a label the browser knows, or null ("x-user-defined" and typos fall through). */
function decoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null;
  }
}
