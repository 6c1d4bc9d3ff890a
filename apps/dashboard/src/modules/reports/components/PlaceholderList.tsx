import { useI18n } from '../../../app/i18n/i18n';

interface Placeholder {
  name: string;
  kind: string;
  zh: string;
  en: string;
  formats: readonly string[];
}

/** The figures a template may use, as the server lists them, with the units each accepts. */
export function PlaceholderList({ placeholders }: { placeholders: readonly Placeholder[] }) {
  const { t, lang } = useI18n();
  return (
    <details className="placeholders" data-testid="template-placeholders">
      <summary>{t('reports.template.placeholders', { count: placeholders.length })}</summary>
      <p className="panel-footnote">
        {t('reports.template.placeholdersHelp', {
          example: lang === 'zh' ? '{{名称}}' : '{{name}}',
          money: '{{targets.budget|亿}}',
          moneyWan: '{{key.budget|万:1}}',
          rate: '{{checkpoint1.executionRate|%:1}}',
        })}
      </p>
      <table className="placeholders__table">
        <thead>
          <tr>
            <th scope="col">{t('reports.template.ph.name')}</th>
            <th scope="col">{t('reports.template.ph.meaning')}</th>
            <th scope="col">{t('reports.template.ph.formats')}</th>
          </tr>
        </thead>
        <tbody>
          {placeholders.map((p) => (
            <tr key={p.name}>
              <td>
                <code>{`{{${p.name}}}`}</code>
              </td>
              <td>{lang === 'zh' ? p.zh : p.en}</td>
              <td>{p.formats.join(' ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
