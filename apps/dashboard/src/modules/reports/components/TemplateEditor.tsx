import { useState } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useToast } from '../../../app/components/Toast';
import { useI18n } from '../../../app/i18n/i18n';
import { pickServerMessage } from '../../../app/i18n/translate';
import { REPORT_TEMPLATE, SAVE_REPORT_TEMPLATE } from '../graphql/reports.graphql';
import { PlaceholderList } from './PlaceholderList';

type Text = { title: string; body: string };

/**
 * The annual report's text, a title and a textarea per section. The server checks every placeholder on
 * save and names the field of a bad one; the editor shows that message at that field.
 */
export function TemplateEditor({ editable }: { editable: boolean }) {
  const { t, lang } = useI18n();
  const toast = useToast();
  const { data, loading, error, refetch } = useQuery(REPORT_TEMPLATE);
  const [edits, setEdits] = useState<Record<string, Text>>({});
  const [failure, setFailure] = useState<{ message: string; field: string | null } | null>(null);
  const [save, { loading: saving }] = useMutation(SAVE_REPORT_TEMPLATE, {
    update(cache, result) {
      if (result.data)
        cache.writeQuery({ query: REPORT_TEMPLATE, data: { reportTemplate: result.data.saveReportTemplate } });
    },
  });
  const template = data?.reportTemplate;
  if (!template) {
    return (
      <Panel
        title={t('reports.template.title')}
        status={loading ? 'loading' : 'error'}
        errorText={error ? t('common.loadFailed', { reason: errorMessage(error, t, lang) }) : undefined}
        onRetry={() => void refetch().catch(() => undefined)}
        retryLabel={t('common.retry')}
        minHeight={240}
      />
    );
  }
  const sections = template.sections.map((s) => ({ ...s, ...edits[s.key] }));
  const edit = (key: string, change: Partial<Text>) => {
    const current = sections.find((s) => s.key === key)!;
    setEdits((all) => ({ ...all, [key]: { title: current.title, body: current.body, ...change } }));
  };
  const onSave = async () => {
    setFailure(null);
    try {
      await save({
        variables: {
          sections: sections.map((s) => ({ key: s.key, title: s.title, body: s.body })),
          version: template.version,
        },
      });
      setEdits({});
      toast(t('reports.template.savedToast'));
    } catch (e) {
      const first = CombinedGraphQLErrors.is(e) ? e.errors[0] : undefined;
      const field = typeof first?.extensions?.field === 'string' ? first.extensions.field : null;
      setFailure({ message: first ? pickServerMessage(first.message, lang) : errorMessage(e, t, lang), field });
    }
  };
  const fieldError = (field: string) =>
    failure?.field === field ? (
      <p className="field-error" role="alert" data-testid={`template-error-${field}`}>
        {failure.message}
      </p>
    ) : null;

  return (
    <Panel
      title={t('reports.template.title')}
      subtitle={
        template.isDefault
          ? t('reports.template.default')
          : t('reports.template.saved', { when: template.updatedAt ?? '', version: template.version })
      }
      status="ready"
      minHeight={0}
      testId="panel-report-template"
      actions={
        editable && (
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => void onSave()}
            disabled={saving}
            data-testid="save-report-template"
          >
            {saving ? t('reports.template.saving') : t('reports.template.save')}
          </button>
        )
      }
    >
      <p className="panel-footnote">{editable ? t('reports.template.subtitle') : t('reports.template.readOnly')}</p>
      {failure && (
        <p className="form-error" role="alert" data-testid="template-failure">
          {t('reports.template.failed', { message: failure.message })}
        </p>
      )}
      <PlaceholderList placeholders={template.placeholders} />
      <div className="template-sections">
        {sections.map((s, i) => (
          <fieldset key={s.key} className={`template-section template-section--level-${s.level}`} disabled={!editable}>
            <legend>
              {t(`reports.level.${s.level}` as 'reports.level.0')} · <span className="mono">{s.key}</span>
            </legend>
            <label className="field">
              <span>{t('reports.template.section.title')}</span>
              <input
                value={s.title}
                onChange={(e) => edit(s.key, { title: e.target.value })}
                aria-invalid={failure?.field === `sections[${i}].title` || undefined}
                data-testid={`template-title-${s.key}`}
              />
            </label>
            {fieldError(`sections[${i}].title`)}
            {(s.level !== 1 || s.body) && (
              <label className="field">
                <span>{t('reports.template.section.body')}</span>
                <textarea
                  value={s.body}
                  rows={Math.min(12, Math.max(3, Math.ceil(s.body.length / 90) + s.body.split('\n').length))}
                  onChange={(e) => edit(s.key, { body: e.target.value })}
                  aria-invalid={failure?.field === `sections[${i}].body` || undefined}
                  data-testid={`template-body-${s.key}`}
                />
              </label>
            )}
            {fieldError(`sections[${i}].body`)}
            {editable && (s.title !== s.defaultTitle || s.body !== s.defaultBody) && (
              <button
                type="button"
                className="button button--small"
                onClick={() => edit(s.key, { title: s.defaultTitle, body: s.defaultBody })}
              >
                {t('reports.template.section.reset')}
              </button>
            )}
          </fieldset>
        ))}
      </div>
    </Panel>
  );
}
