// The words of "Load no remote content"'s placeholders (core/no-remote.ts takes them as data).
import type { NoRemoteLabels } from '../../core/no-remote';
import { t } from '../../platform/i18n';

export const NO_REMOTE_LABELS: NoRemoteLabels = {
  image: (alt) => (alt ? t('settingsNoRemoteImage', alt) : t('settingsNoRemoteImageNoAlt')),
  media: (kind) => t(kind === 'audio' ? 'settingsNoRemoteAudio' : 'settingsNoRemoteVideo'),
};
