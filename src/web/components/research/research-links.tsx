// The research pages' links to each other.
import { useT } from '../../i18n/i18n.tsx';

export function ResearchLinks() {
  const t = useT();
  return (
    <nav className="page-actions research-links" aria-label={t('research.links')}>
      <a className="button button-secondary" href="#/research">
        {t('research.title')}
      </a>
      <a className="button button-secondary" href="#/research/network">
        {t('research.network.title')}
      </a>
      <a className="button button-secondary" href="#/research/partners">
        {t('research.partners.title')}
      </a>
      <a className="button button-secondary" href="#/research/institution">
        {t('research.institution.title')}
      </a>
    </nav>
  );
}
