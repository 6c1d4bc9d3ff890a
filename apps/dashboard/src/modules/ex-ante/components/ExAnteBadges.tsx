import { EX_ANTE_CONCLUSION_LABELS } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import type { WorkExAnteFieldsFragment, WorkExAnteProjectFieldsFragment } from '../../../generated/graphql';
import { exAnteStage, stageTone } from '../ex-ante-form';

export type ExAnteProject = WorkExAnteProjectFieldsFragment;
export type Assessment = WorkExAnteFieldsFragment;

export function projectLabel(p: ExAnteProject): string {
  return `${p.code} ${p.name}`;
}

export function StageBadge({ assessment, code }: { assessment: Assessment | null | undefined; code: string }) {
  const { t } = useI18n();
  const stage = exAnteStage(assessment);
  return (
    <span
      className={`badge badge--state-${stageTone(stage)}`}
      data-testid={`exante-status-${code}`}
      data-status={stage}
    >
      {t(`exante.status.${stage}` as MessageKey)}
    </span>
  );
}

export function ConclusionBadge({ conclusion, testId }: { conclusion: string | null | undefined; testId?: string }) {
  const { lang } = useI18n();
  if (!conclusion) return <span className="muted">—</span>;
  const label =
    (EX_ANTE_CONCLUSION_LABELS as Record<string, { zh: string; en: string } | undefined>)[conclusion]?.[lang] ??
    conclusion;
  const tone = conclusion === 'SUPPORT' ? 'excellent' : conclusion === 'PARTIAL_SUPPORT' ? 'medium' : 'poor';
  return (
    <span className={`badge badge--grade-${tone}`} data-conclusion={conclusion} data-testid={testId}>
      {label}
    </span>
  );
}

/** Under a list cut to its first page: how many of how many are shown. */
export function TruncatedNote({ shown, total }: { shown: number; total: number }) {
  const { t } = useI18n();
  return total > shown ? <p className="panel-footnote">{t('exante.truncated', { shown, total })}</p> : null;
}
