// Paints the settings on a page's <html>: the theme as data-theme (the palettes' CSS is injected
// once), the rest as data attributes and custom properties that ui/styles.css reads. The same
// call serves the popup, the reader and the library, so a change looks the same everywhere.
import type { Settings } from '../../core/settings/schema';
import { themeStylesheet } from '../../core/settings/themes';

const STYLE_ID = 'ns-themes';

export function applySettings(doc: Document, s: Settings): void {
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = themeStylesheet();
    doc.head.prepend(style);
  }
  const html = doc.documentElement;
  html.dataset.theme = s.theme;
  html.dataset.font = s.font;
  html.dataset.align = s.align;
  html.dataset.images = s.images ? 'on' : 'off';
  html.dataset.lineFocus = s.lineFocus ? 'on' : 'off';
  const vars: Record<string, string> = {
    '--ns-scale': String(s.textSize / 100),
    '--ns-width': `${s.lineWidth}ch`,
    '--ns-line': String(s.lineHeight),
    '--ns-letter': `${s.letterSpacing}em`,
    '--ns-word': `${s.wordSpacing}em`,
  };
  for (const [name, value] of Object.entries(vars)) html.style.setProperty(name, value);
}
