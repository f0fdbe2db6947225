// The takeaways box: the contract's markup (ui/TakeawaysList) composed with the features that act
// on it — which takeaways are shown (the extractor's, or on-device AI key points), saving them,
// tracing a key sentence to the article, folding a long box in the popup.
import type { Article } from '../../core/types';
import { TakeawaysList } from '../../ui/TakeawaysList';
import { AiButtons, AiNotes } from '../ai-key-points/AiControls';
import { useAiKeyPoints } from '../ai-key-points/use-ai-key-points';
import { FoldButton } from '../fold/FoldButton';
import { useFold } from '../fold/use-fold';
import { useLocate } from '../locate/use-locate';
import { SaveButton, SaveStatus } from '../save/SaveButton';
import { useSave } from '../save/use-save';

interface Props {
  article: Article;
  /** The rendered article body, where a key sentence is traced to. */
  body: () => Element | null;
  /** The popup: fold a long author box. */
  compact: boolean;
}

export function TakeawaysBox({ article, body, compact }: Props) {
  const ai = useAiKeyPoints(article);
  const { takeaways } = ai;
  const save = useSave(article);
  const locate = useLocate(body);
  const fold = useFold(takeaways.items, compact);

  return (
    <TakeawaysList
      source={takeaways.source}
      items={takeaways.items}
      dir={article.dir ?? undefined}
      lang={article.lang ?? undefined}
      folded={fold.folded}
      onActivate={takeaways.source === 'local' ? locate.show : undefined}
      active={locate.active}
      busy={ai.running && takeaways.items.length === 0}
      empty={ai.running ? 'Summarising on your device…' : 'Nutshell found no sentences here that work as takeaways.'}
      notes={<AiNotes ai={ai} />}
    >
      {fold.folded && <FoldButton count={takeaways.items.length} onUnfold={fold.unfold} />}
      <div class="ns-actions">
        {takeaways.items.length > 0 && <SaveButton state={save.state} disabled={ai.running} onSave={() => void save.save(takeaways)} />}
        <AiButtons ai={ai} />
        <SaveStatus state={save.state} />
      </div>
    </TakeawaysList>
  );
}
