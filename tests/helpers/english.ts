// Tests outside the browser read core's messages in English, as the CLI does.
import { speakEnglish } from '../../src/core/i18n/english';

speakEnglish();
