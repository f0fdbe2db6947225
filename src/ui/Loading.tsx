export function Loading({ label }: { label: string }) {
  return (
    <main class="ns-page" data-state="loading" aria-busy="true">
      <p class="ns-loading" role="status">{label}</p>
    </main>
  );
}
