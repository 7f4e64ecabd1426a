import { useTranslation } from 'react-i18next';
import { applyUpdate, useUpdateState } from './pwa';
import './UpdateNotice.css';

/**
 * "Update available — reload": shown when a new version of the app has been installed while
 * this page was open. The page keeps running its own code until the reader clicks; the scenario
 * is in the address and preferences are in storage, so the reload brings both back.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const { waiting, applying } = useUpdateState();
  if (!waiting) return null;
  return (
    <div role="status" className="update-notice" data-testid="update-notice">
      <span>{t('update.available')}</span>
      <button
        type="button"
        className="button button-small"
        onClick={() => void applyUpdate()}
        disabled={applying}
      >
        {t('update.reload')}
      </button>
    </div>
  );
}
