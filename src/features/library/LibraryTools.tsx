// The library's tools: import, storage used, and the two switches (keep the article to read it
// offline; opt-in sync of takeaways and notes).
import { formatNumber, t } from '../../platform/i18n';
import { useEffect, useState } from 'preact/hooks';
import { importFile, LibrarySync, browserAreas, readLibrarySettings, writeLibrarySettings, type Library, type LibrarySettings } from '../../platform/storage';

export function LibraryTools({ lib }: { lib: Library }) {
  const [usage, setUsage] = useState<number | null>(null);
  const [settings, setSettings] = useState<LibrarySettings | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const refresh = () => void lib.usage().then(setUsage, () => setUsage(null));
  useEffect(() => {
    refresh();
    void readLibrarySettings(lib.area).then(setSettings);
    return lib.subscribe(refresh);
  }, [lib]);

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const out = await importFile(lib, await file.text());
    setMessage(out.ok
      ? { text: t('toolsImported', [out.added, out.updated, out.skipped]), error: false }
      : { text: out.message, error: true });
  };

  const toggle = async (change: Partial<LibrarySettings>) => {
    setSettings(await writeLibrarySettings(lib.area, change));
    if (change.sync) {
      const sync = new LibrarySync(lib, browserAreas().sync);
      const pulled = await sync.pull().catch(() => 0);
      const status = await sync.push();
      setMessage(status.ok
        ? { text: syncText(status.synced, pulled, status.localOnly), error: false }
        : { text: status.message, error: true });
    }
  };

  return (
    <section class="ns-tools" aria-label={t('toolsLabel')}>
      <label class="ns-button ns-quiet ns-file">
        {t('toolsImport')}
        <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e.currentTarget)} />
      </label>
      {settings && (
        <>
          <label class="ns-check"><input type="checkbox" checked={settings.keepBodies} onChange={(e) => void toggle({ keepBodies: e.currentTarget.checked })} /> {t('toolsKeepBodies')}</label>
          <label class="ns-check"><input type="checkbox" checked={settings.sync} onChange={(e) => void toggle({ sync: e.currentTarget.checked })} /> {t('toolsSync')}</label>
        </>
      )}
      {usage !== null && <span class="ns-usage">{t('toolsUsage', formatBytes(usage))}</span>}
      {message && <p role={message.error ? 'alert' : 'status'} class={message.error ? 'ns-error' : 'ns-note'}>{message.text}</p>}
    </section>
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return t('bytesB', bytes);
  if (bytes < 1024 * 1024) return t('bytesKB', formatNumber(bytes / 1024, 1));
  return t('bytesMB', formatNumber(bytes / 1024 / 1024, 1));
}

function syncText(synced: number, pulled: number, localOnly: number): string {
  const line = pulled ? t('toolsSyncingPulled', [synced, pulled]) : t('toolsSyncing', synced);
  return localOnly ? `${line} ${t('toolsSyncLocalOnly', localOnly)}` : line;
}
