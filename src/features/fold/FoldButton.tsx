export function FoldButton({ count, onUnfold }: { count: number; onUnfold: () => void }) {
  return (
    <button type="button" class="ns-link" onClick={onUnfold}>
      Show all {count} takeaways
    </button>
  );
}
