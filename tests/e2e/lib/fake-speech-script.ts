// The fake speech engine (tests/fakes/fake-speech.ts) as a script a browser runs before the app:
// only on extension pages, so the article tabs keep their own globals. The __name parameter absorbs
// the helper tsx (keepNames) inserts around named inner functions (as chromium.ts's inExtension).
import { FAKE_VOICES, installFakeSpeech } from '../../fakes/fake-speech';

export function fakeSpeechScript(autoMs = 0, overExisting = false): string {
  return `((__name) => { if (/^(chrome|moz)-extension:$/.test(location.protocol)) (${installFakeSpeech.toString()})(window, ${JSON.stringify(FAKE_VOICES)}, ${autoMs}, ${overExisting}); })((f) => f);`;
}
