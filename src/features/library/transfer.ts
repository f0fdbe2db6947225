// Export through an <a download> Blob URL (no `downloads` permission), import from a picked file.
import { libraryJson } from '../../core/library/json';
import { libraryMarkdown } from '../../core/library/markdown';
import type { SavedRecord } from '../../core/library/record';
import { t } from '../../platform/i18n';
import { exportEntries, type Library } from '../../platform/storage';

export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: Firefox reads the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

export function exportMarkdown(records: readonly SavedRecord[], filtered: boolean): void {
  const text = libraryMarkdown(records, {
    now: new Date(),
    title: filtered ? t('exportTitleFiltered') : t('exportTitle'),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  download(`nutshell-takeaways-${stamp()}.md`, 'text/markdown', text);
}

export async function exportJson(lib: Library, records: readonly SavedRecord[]): Promise<void> {
  download(`nutshell-library-${stamp()}.json`, 'application/json', libraryJson(await exportEntries(lib, records), new Date()));
}
