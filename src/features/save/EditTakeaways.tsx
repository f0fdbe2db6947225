// Edit mode ("Edit takeaways"): change an item's text, remove or reorder items, add one's own,
// and a note. It replaces the list while open; its controls are inputs and buttons, never inside
// the contract's <li>s, and outside edit mode the box shows plain items again.
import { t } from '../../platform/i18n';
import { useState } from 'preact/hooks';

interface Props {
  items: readonly string[];
  note: string;
  onDone: (items: string[], note: string) => void;
  onCancel: () => void;
}

export function EditTakeaways({ items: initial, note: initialNote, onDone, onCancel }: Props) {
  const [items, setItems] = useState<string[]>([...initial]);
  const [note, setNote] = useState(initialNote);
  const set = (i: number, text: string) => setItems(items.map((x, j) => (j === i ? text : x)));
  const move = (i: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    setItems(next);
  };
  return (
    <form class="ns-edit" aria-label={t('editTakeaways')} onSubmit={(e) => (e.preventDefault(), onDone(items.map((x) => x.trim()).filter(Boolean), note.trim()))}>
      {items.map((item, i) => (
        <div class="ns-edit-row" key={i}>
          <textarea aria-label={t('editItem', i + 1)} rows={2} value={item} onInput={(e) => set(i, e.currentTarget.value)} />
          <button type="button" class="ns-button ns-quiet" aria-label={t('editMoveUp', i + 1)} disabled={i === 0} onClick={() => move(i, -1)}>↑</button>
          <button type="button" class="ns-button ns-quiet" aria-label={t('editMoveDown', i + 1)} disabled={i === items.length - 1} onClick={() => move(i, 1)}>↓</button>
          <button type="button" class="ns-button ns-quiet" aria-label={t('editRemove', i + 1)} onClick={() => setItems(items.filter((_, j) => j !== i))}>✕</button>
        </div>
      ))}
      <button type="button" class="ns-button ns-quiet" onClick={() => setItems([...items, ''])}>{t('editAdd')}</button>
      <label class="ns-edit-note">
        {t('editNote')}
        <textarea aria-label={t('editNote')} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="ns-actions">
        <button type="submit" class="ns-button">{t('editDone')}</button>
        <button type="button" class="ns-button ns-quiet" onClick={onCancel}>{t('editCancel')}</button>
      </div>
    </form>
  );
}
