// The reader's keys (issue 10) and their `?` help overlay. Every change goes through the settings
// feature (settings.update), so it applies in every open Nutshell view and persists. Read aloud
// and the contents list are other features: they hear their key as an event on document.
import { useEffect, useRef, useState } from 'preact/hooks';
import { clampSetting, THEMES } from '../../core/settings/schema';
import { t } from '../../platform/i18n';
import { CONTENTS_KEY_EVENT } from '../contents/Contents';
import { THEME_KEYS } from '../settings/SettingsPanel';
import type { SettingsState } from '../settings/use-settings';
import { KeysHelp } from './KeysHelp';
import { keyAction, type KeyAction } from './keys';

/** Listened for by features/read-aloud: start, pause or resume reading. */
export const READ_ALOUD_TOGGLE_EVENT = 'nutshell:read-aloud-toggle';
const TEXT_STEP = 10;

export function ReaderKeys({ settings }: { settings: SettingsState }) {
  const [helpOpen, setHelpOpen] = useState(false);
  // Said to screen readers after a key changed something they cannot see.
  const [said, setSaid] = useState('');
  const latest = useRef(settings);
  latest.current = settings;

  useEffect(() => {
    const act = (action: KeyAction) => {
      const { settings: s, update } = latest.current;
      if (action === 'larger' || action === 'smaller') {
        const textSize = clampSetting('textSize', s.textSize + (action === 'larger' ? TEXT_STEP : -TEXT_STEP));
        update({ textSize });
        setSaid(t('keysSaidTextSize', textSize));
      } else if (action === 'theme') {
        const theme = THEMES[(THEMES.indexOf(s.theme) + 1) % THEMES.length]!;
        update({ theme });
        setSaid(t('keysSaidTheme', t(THEME_KEYS[theme])));
      } else if (action === 'read-aloud') {
        document.dispatchEvent(new CustomEvent(READ_ALOUD_TOGGLE_EVENT));
      } else if (action === 'contents') {
        // Short articles have no list (fewer than three headings): say so rather than do nothing.
        if (document.querySelector('nav.ns-contents')) document.dispatchEvent(new CustomEvent(CONTENTS_KEY_EVENT));
        else setSaid(t('keysSaidNoContents'));
      } else {
        setHelpOpen(true);
      }
    };
    const onKey = (e: KeyboardEvent) => {
      // While the help is open it is modal: its own keys only (KeysHelp closes on ? and Escape).
      if (document.querySelector('dialog.ns-keys-help[open]')) return;
      const action = keyAction(e);
      if (!action) return;
      e.preventDefault();
      act(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" class="ns-button ns-quiet" aria-haspopup="dialog" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
        {t('keysButton')}
      </button>
      <span class="ns-visually-hidden" role="status">{said}</span>
      <KeysHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
