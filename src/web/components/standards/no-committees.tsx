// What the standards pages say when no committee is imported: the command that imports ISO's.
import { useT } from '../../i18n/i18n.tsx';
import './standards.css';

const IMPORT =
  'techalliance import iso-committees <committees.csv> --participation <long.csv> --bodies <acronyms.csv>';

export function NoCommitteesNotice() {
  const t = useT();
  return (
    <div className="notice standards-empty">
      <p className="notice-title">{t('standards.empty.title')}</p>
      <p>{t('standards.empty.text')}</p>
      <pre className="standards-command">
        <code>{IMPORT}</code>
      </pre>
    </div>
  );
}
