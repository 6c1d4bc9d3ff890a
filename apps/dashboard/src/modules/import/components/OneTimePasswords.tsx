import { useI18n } from '../../../app/i18n/i18n';
import { exportCsv } from '../../../app/export/table-export';

export interface HandedPassword {
  username: string;
  displayName: string;
  password: string;
}

/**
 * The new users' one-time passwords, as the commit of a user import returned them: shown this once (the server
 * keeps only their hashes), with a list to download and hand over. Each user must change theirs at first login.
 */
export function OneTimePasswords({ passwords, fileName }: { passwords: readonly HandedPassword[]; fileName: string }) {
  const { t } = useI18n();
  const download = () =>
    exportCsv(
      [
        { header: t('import.pwUsername'), value: (p: HandedPassword) => p.username },
        { header: t('import.pwName'), value: (p: HandedPassword) => p.displayName },
        { header: t('import.pwPassword'), value: (p: HandedPassword) => p.password },
      ],
      passwords,
      fileName,
    );
  return (
    <section className="import-passwords" data-testid="import-passwords">
      <p className="notice notice--warn">{t('import.pwOnce', { count: passwords.length })}</p>
      <button type="button" className="button" onClick={download} data-testid="import-passwords-download">
        {t('import.pwDownload')}
      </button>
      <table className="jx-table import-passwords__table">
        <thead>
          <tr>
            <th>{t('import.pwUsername')}</th>
            <th>{t('import.pwName')}</th>
            <th>{t('import.pwPassword')}</th>
          </tr>
        </thead>
        <tbody>
          {passwords.map((p) => (
            <tr key={p.username}>
              <td>{p.username}</td>
              <td>{p.displayName}</td>
              <td>
                <code>{p.password}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
