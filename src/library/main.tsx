import { render } from 'preact';
import { savedKey } from '../core/library/record';
import { LibraryApp } from '../features/library/LibraryApp';
import { applyUiLocale, installUiTranslator } from '../platform/i18n';

installUiTranslator();
applyUiLocale();

performance.mark('nutshell:library-start');
render(<LibraryApp readerUrl={(url) => `reader.html?saved=${encodeURIComponent(savedKey(url))}`} />, document.getElementById('app')!);
