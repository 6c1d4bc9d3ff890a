import '../reports.css';
import { useI18n } from '../../../app/i18n/i18n';
import { checkpointName } from '../../../app/i18n/translate';
import { exportPaths } from '../export-file';
import { DownloadButton } from './DownloadButton';

/**
 * The Ministry forms of one project, as the server fills them: its targets, each checkpoint's monitoring
 * table, its self-evaluation. Shown for the forms whose data the project has.
 */
export function ProjectForms({
  projectId,
  code,
  hasTargets,
  reportMonths,
  hasSelfEvaluation,
}: {
  projectId: string;
  code: string;
  hasTargets: boolean;
  reportMonths: readonly number[];
  hasSelfEvaluation: boolean;
}) {
  const { t } = useI18n();
  if (!hasTargets && reportMonths.length === 0 && !hasSelfEvaluation) return null;
  return (
    <div className="project-forms" role="group" aria-label={t('reports.forms.label')} data-testid="project-forms">
      <span className="muted">{t('reports.forms.label')}</span>
      {hasTargets && (
        <DownloadButton
          small
          path={exportPaths.projectForm(projectId, 'targets')}
          fallbackName={`${code}-targets.xlsx`}
          label={t('reports.forms.targets')}
          testId="download-targets-form"
        />
      )}
      {reportMonths.map((month) => (
        <DownloadButton
          key={month}
          small
          path={exportPaths.monitoring(projectId, month)}
          fallbackName={`${code}-monitoring-${month}.xlsx`}
          label={t('reports.forms.monitoring', { checkpoint: checkpointName(t, month) })}
          testId={`download-monitoring-form-${month}`}
        />
      ))}
      {hasSelfEvaluation && (
        <DownloadButton
          small
          path={exportPaths.projectForm(projectId, 'self-evaluation')}
          fallbackName={`${code}-self-evaluation.xlsx`}
          label={t('reports.forms.self')}
          testId="download-self-evaluation-form"
        />
      )}
    </div>
  );
}
