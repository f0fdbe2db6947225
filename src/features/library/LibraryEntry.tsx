// One saved article in the list: its title (a link to the article), site, date, takeaways with
// their source, the note, and what can be done with it.
import { t, uiLanguage } from '../../platform/i18n';
import { sourceLabel } from '../../core/library/source-label';
import { articleMarkdown } from '../../core/library/markdown';
import type { SavedRecord } from '../../core/library/record';
import { Highlighted } from './Highlighted';

interface Props {
  record: SavedRecord;
  terms: string[];
  readerUrl: string | null;
  onDelete: () => void;
}

export function LibraryEntry({ record, terms, readerUrl, onDelete }: Props) {
  const date = new Date(record.savedAt);
  const copy = () => void navigator.clipboard.writeText(articleMarkdown(record, Intl.DateTimeFormat().resolvedOptions().timeZone));
  return (
    <article class="ns-entry" aria-labelledby={`t-${hash(record.url)}`} data-url={record.url}>
      <p class="ns-entry-meta">
        {record.site && <span class="ns-entry-site"><Highlighted text={record.site} terms={terms} /></span>}
        <time dateTime={record.savedAt}>{t('entrySaved', date.toLocaleDateString(uiLanguage(), { year: 'numeric', month: 'short', day: 'numeric' }))}</time>
        <span class="ns-entry-source">{sourceLabel(record.takeaways)}</span>
      </p>
      {/* A saved article's own words take their direction from their first letter, not the UI's. */}
      <h2 id={`t-${hash(record.url)}`} class="ns-entry-title" dir="auto">
        <a href={record.url} target="_blank" rel="noopener noreferrer">
          <Highlighted text={record.title} terms={terms} />
        </a>
      </h2>
      {record.takeaways.items.length > 0 && (
        <ul class="ns-entry-items" dir="auto" data-source={record.takeaways.source} data-edited={record.takeaways.edited ? '' : undefined}>
          {record.takeaways.items.map((item, i) => (
            <li key={i}><Highlighted text={item} terms={terms} /></li>
          ))}
        </ul>
      )}
      {record.note && (
        <blockquote class="ns-entry-note" dir="auto"><Highlighted text={record.note} terms={terms} /></blockquote>
      )}
      <div class="ns-entry-actions">
        {readerUrl && <a class="ns-button ns-quiet" href={readerUrl}>{t('entryRead')}</a>}
        <button type="button" class="ns-button ns-quiet" onClick={copy}>{t('entryCopy')}</button>
        <button type="button" class="ns-button ns-quiet" onClick={onDelete} aria-label={t('entryDeleteLabel', record.title)}>{t('entryDelete')}</button>
      </div>
    </article>
  );
}

function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}
