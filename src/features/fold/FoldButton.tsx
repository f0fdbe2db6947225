import { t } from '../../platform/i18n';
export function FoldButton({ count, onUnfold }: { count: number; onUnfold: () => void }) {
  return (
    <button type="button" class="ns-link" onClick={onUnfold}>
      {t('foldShowAll', count)}
    </button>
  );
}
