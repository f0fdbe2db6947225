// The takeaways box. Its markup is a contract every check reads:
// <section aria-label="Key takeaways" data-source="page|local|ai"> with one <ul> whose <li>s hold
// the item text and nothing else; buttons and labels live outside the <li>s.
import { useEffect, useState } from 'preact/hooks';
import type { Article, TakeawaySource } from '../core/types';
import { getSaved, saveTakeaways } from '../platform/storage';
import { useAiKeyPoints } from './use-ai-key-points';

const SOURCE_LABELS: Record<TakeawaySource, string> = {
  page: "From the author's summary",
  local: 'Key sentences, picked on your device',
  ai: 'On-device AI key points',
};

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string; earlier: boolean } | { kind: 'failed'; message: string };

interface Props {
  article: Article;
  /** Scroll the article to this sentence and highlight it; false when it can't be found. */
  onShow: (item: string) => boolean;
  /** In the popup a long author box is folded so the article still shows on the first screen. */
  compact: boolean;
}

/** Past this much text a box fills the popup's first screen. */
const FOLD_CHARS = 520;

export function TakeawaysBox({ article, onShow, compact }: Props) {
  const ai = useAiKeyPoints(article);
  const takeaways = ai.takeaways;
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [active, setActive] = useState<number | null>(null);
  const [unfolded, setUnfolded] = useState(false);
  const traceable = takeaways.source === 'local';
  const folded = compact && !unfolded && takeaways.items.join('').length > FOLD_CHARS;

  useEffect(() => {
    void getSaved(article.url)
      .then((record) => record && setSave((s) => (s.kind === 'idle' ? { kind: 'saved', at: record.savedAt, earlier: true } : s)))
      .catch(() => undefined); // an unreadable record only costs the "saved earlier" note
  }, [article.url]);

  const onSave = async () => {
    setSave({ kind: 'saving' });
    const result = await saveTakeaways(article, takeaways);
    setSave(result.ok ? { kind: 'saved', at: result.record.savedAt, earlier: false } : { kind: 'failed', message: result.message });
  };

  const show = (index: number, item: string) => {
    if (onShow(item)) setActive(index);
  };

  return (
    <section class="ns-takeaways" aria-label="Key takeaways" data-source={takeaways.source}>
      <div class="ns-takeaways-head">
        <h2>Key takeaways</h2>
        <span class="ns-source">{SOURCE_LABELS[takeaways.source]}</span>
      </div>
      {ai.progress !== null && (
        <p class="ns-note" role="status">
          Downloading the on-device model… {Math.round(ai.progress * 100)}%
        </p>
      )}
      {ai.note && <p class="ns-note">{ai.note} Showing key sentences instead.</p>}
      {takeaways.items.length > 0 ? (
        <ul class={folded ? 'ns-folded' : undefined} dir={article.dir ?? undefined} lang={article.lang ?? undefined}>
          {takeaways.items.map((item, index) =>
            traceable ? (
              <li
                key={index}
                tabIndex={0}
                class={index === active ? 'ns-active' : undefined}
                title="Show in the article"
                onClick={() => show(index, item)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), show(index, item))}
              >
                {item}
              </li>
            ) : (
              <li key={index}>{item}</li>
            ),
          )}
        </ul>
      ) : (
        <p class="ns-empty">{ai.running ? 'Summarising on your device…' : 'Nutshell found no sentences here that work as takeaways.'}</p>
      )}
      {folded && (
        <button type="button" class="ns-link" onClick={() => setUnfolded(true)}>
          Show all {takeaways.items.length} takeaways
        </button>
      )}
      <div class="ns-actions">
        {takeaways.items.length > 0 && (
          <button type="button" class="ns-button" onClick={onSave} disabled={save.kind === 'saving' || ai.running}>
            {save.kind === 'saved' && !save.earlier ? 'Saved' : 'Save takeaways'}
          </button>
        )}
        {ai.availability && takeaways.source === 'local' && (
          <button type="button" class="ns-button ns-quiet" onClick={ai.start}>
            {ai.availability === 'downloadable' ? 'On-device AI key points (downloads a model)' : 'On-device AI key points'}
          </button>
        )}
        {takeaways.source === 'ai' && (
          <button type="button" class="ns-button ns-quiet" onClick={ai.useLocal}>
            Show key sentences
          </button>
        )}
        {save.kind === 'saved' && (
          <span role="status" class="ns-note">
            {save.earlier ? `You saved this on ${new Date(save.at).toLocaleDateString()}.` : 'Saved to your takeaways.'}
          </span>
        )}
        {save.kind === 'failed' && (
          <span role="alert" class="ns-error">
            {save.message}
          </span>
        )}
      </div>
    </section>
  );
}
