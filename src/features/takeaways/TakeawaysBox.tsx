// The takeaways box: the contract's markup (ui/TakeawaysList) composed with the features that act
// on it — which takeaways are shown (the extractor's, on-device AI key points, or the reader's own
// edit of them), saving them, tracing a key sentence to the article, folding a long box in the popup.
import { t } from '../../platform/i18n';
import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../../core/types';
import { TakeawaysList } from '../../ui/TakeawaysList';
import { AiButtons, AiNotes } from '../ai-key-points/AiControls';
import { useAiKeyPoints } from '../ai-key-points/use-ai-key-points';
import { FoldButton } from '../fold/FoldButton';
import { useFold } from '../fold/use-fold';
import { useLocate } from '../locate/use-locate';
import { SaveControls, SaveStatus } from '../save/SaveButton';
import { useSave, type Shown } from '../save/use-save';
import { later } from '../article/later';

// Edit mode's code loads when the reader first opens it: the first screen never needs it (issue 13).
const EditTakeaways = later(() => import('../save/EditTakeaways').then((m) => m.EditTakeaways));

interface Props {
  article: Article;
  /** The rendered article body, where a key sentence is traced to. */
  body: () => Element | null;
  /** The popup: fold a long author box. */
  compact: boolean;
}

export function TakeawaysBox({ article, body, compact }: Props) {
  const ai = useAiKeyPoints(article);
  const [own, setOwn] = useState<{ items: string[]; note: string } | null>(null);
  const [editing, setEditing] = useState(false);
  // Another source of takeaways replaces the reader's unsaved edit.
  useEffect(() => setOwn(null), [ai.takeaways]);
  const shown: Shown = own ? { source: ai.takeaways.source, items: own.items, edited: true } : { ...ai.takeaways, edited: false };
  const save = useSave(article, shown);
  const locate = useLocate(body);
  const fold = useFold(shown.items as string[], compact && !editing);
  const savedRecord = save.state.kind === 'saved' ? save.state.record : null;

  const done = async (items: string[], note: string) => {
    setEditing(false);
    setOwn({ items, note });
    // A saved article is edited in place; an unsaved one keeps the edit on screen until Save.
    if (savedRecord) await save.edit(items, note);
  };

  return (
    <TakeawaysList
      source={shown.source}
      edited={shown.edited || !!savedRecord?.takeaways.edited}
      items={editing ? [] : shown.items}
      dir={article.dir ?? 'auto'}
      lang={article.lang ?? ''}
      folded={fold.folded}
      onActivate={shown.source === 'local' && !own ? locate.show : undefined}
      active={locate.active}
      busy={ai.running && shown.items.length === 0}
      empty={editing ? '' : ai.running ? t('takeawaysSummarising') : t('takeawaysNone')}
      notes={<AiNotes ai={ai} />}
    >
      {editing && <EditTakeaways items={shown.items} note={own?.note ?? savedRecord?.note ?? ''} onDone={(i, n) => void done(i, n)} onCancel={() => setEditing(false)} />}
      {!editing && fold.folded && <FoldButton count={shown.items.length} onUnfold={fold.unfold} />}
      {!editing && (
        <div class="ns-actions">
          {shown.items.length > 0 && <SaveControls save={save} disabled={ai.running} />}
          {!ai.running && <button type="button" class="ns-button ns-quiet" onClick={() => setEditing(true)}>{t('editTakeaways')}</button>}
          <AiButtons ai={ai} />
          <SaveStatus save={save} />
        </div>
      )}
    </TakeawaysList>
  );
}
