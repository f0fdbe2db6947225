// Components see core's messages through the UI's translator, as the extension's pages do (the
// fake browser serves the real English messages).
import { installUiTranslator } from '../../src/platform/i18n';

installUiTranslator();
