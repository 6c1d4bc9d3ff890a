import { GRADE_LABELS } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';

/** A grade (优/良/中/差) as a coloured badge; a dash when there is none. */
export function GradeBadge({ grade, testId }: { grade: string | null | undefined; testId?: string }) {
  const { lang } = useI18n();
  if (!grade) return <span className="muted">—</span>;
  const label = (GRADE_LABELS as Record<string, { zh: string; en: string } | undefined>)[grade]?.[lang] ?? grade;
  return (
    <span className={`badge badge--grade-${grade.toLowerCase()}`} data-grade={grade} data-testid={testId}>
      {label}
    </span>
  );
}

/** The grade caps whose conditions hold, each marked whether it lowered the grade (the rules' reason shown). */
export function GradeCaps({
  caps,
  testIdPrefix,
}: {
  caps: readonly { code: string; applied: boolean; zh: string; en: string }[];
  testIdPrefix?: string;
}) {
  const { t, lang } = useI18n();
  if (caps.length === 0) return <span className="muted">{t('selfeval.noCaps')}</span>;
  return (
    <ul className="eval-caps">
      {caps.map((c) => (
        <li key={c.code} data-testid={testIdPrefix ? `${testIdPrefix}-${c.code}` : undefined}>
          <span className={`badge ${c.applied ? 'badge--grade-poor' : 'badge--state-none'}`}>
            {c.applied ? t('selfeval.capApplied') : t('selfeval.capHolds')}
          </span>{' '}
          {lang === 'zh' ? c.zh : c.en}
        </li>
      ))}
    </ul>
  );
}

/** The grade given, and beside it the grade by score alone when a cap or a veto changed it. */
export function GradeWithUncapped({
  grade,
  uncappedGrade,
  byScore,
  testId,
  cappedBecause,
}: {
  grade: string | null | undefined;
  uncappedGrade: string | null | undefined;
  /** The server's reason the grade is capped ("因审计…，等级限定为中"), shown under the grade. */
  cappedBecause?: { zh: string; en: string } | null;
  /** Words before the grade by score (按得分为). */
  byScore: string;
  testId?: string;
}) {
  const { lang } = useI18n();
  return (
    <>
      <GradeBadge grade={grade} testId={testId} />
      {uncappedGrade && uncappedGrade !== grade && (
        <span className="muted">
          {' '}
          {byScore} <GradeBadge grade={uncappedGrade} />
        </span>
      )}
      {cappedBecause && (
        <strong className="cap-note" data-testid={testId ? `${testId}-capped-because` : undefined}>
          {lang === 'zh' ? cappedBecause.zh : cappedBecause.en}
        </strong>
      )}
    </>
  );
}
