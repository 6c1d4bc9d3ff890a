import { formatYuanRatio } from '@jixiao/ui/format';
import type { Column } from '@jixiao/ui/data-table';
import { AMOUNT_WIDTH, Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import type { Lang, Translate } from '../../../app/i18n/translate';
import { projectPath } from '../../../app/router/routes';
import { Link } from '../../../app/router/router';
import { familyLabel, flagLabel, gradeLabel, openFlag, reportAt, selfGrade, type ProjectRow } from '../project-rows';

function GradeBadge({ grade }: { grade: string | null }) {
  const { lang } = useI18n();
  if (!grade) return <span className="muted">—</span>;
  return <span className={`badge badge--grade-${grade.toLowerCase()}`}>{gradeLabel(grade, lang)}</span>;
}

/** An open flag, as a coloured badge. */
export function FlagBadge({ level }: { level: string }) {
  const { lang } = useI18n();
  return <span className={`badge badge--flag-${level.toLowerCase()}`}>{flagLabel(level, lang)}</span>;
}

function RateCell({ report }: { report: ProjectRow['monitoringReports'][number] | undefined }) {
  if (!report) return <span className="muted">—</span>;
  return (
    <span className={report.failed ? 'rate rate--failed' : 'rate'} title={report.failed ? '✗' : undefined}>
      {formatYuanRatio(report.executed, report.budget)}
    </span>
  );
}

/** The columns of the project table: the portfolio's (unit, fund family, latest rate) or a unit's own (targets, a rate per checkpoint). */
export function projectTableColumns(
  t: Translate,
  lang: Lang,
  variant: 'portfolio' | 'unit',
  /** The year's checkpoint months, the server's. */
  MONTHS: readonly number[],
  /** An upper level's county pick, kept by the links to the projects. */
  county: string | null = null,
): Column<ProjectRow>[] {
  return [
    {
      key: 'CODE',
      header: t('projects.col.code'),
      sortable: true,
      width: '118px',
      cell: (p) => <span className="mono">{p.code}</span>,
    },
    {
      key: 'NAME',
      header: t('projects.col.name'),
      sortable: true,
      cell: (p) => (
        <Link to={projectPath(p.id, county)} className="table-link" title={p.name}>
          {p.isKey && <span className="badge badge--key">{t('projects.key')}</span>}
          {p.name}
        </Link>
      ),
    },
    ...(variant === 'portfolio'
      ? [
          {
            key: 'unit',
            header: t('projects.col.unit'),
            width: '16%',
            cell: (p: ProjectRow) => <span title={p.unit?.name}>{p.unit?.name ?? t('projects.classifiedUnit')}</span>,
          },
          {
            key: 'family',
            header: t('projects.col.fundFamily'),
            width: '12%',
            cell: (p: ProjectRow) => (
              <span title={familyLabel(p.fundFamily, lang)}>{familyLabel(p.fundFamily, lang)}</span>
            ),
          },
        ]
      : [
          {
            key: 'targets',
            header: t('projects.col.targets'),
            width: '132px',
            cell: (p: ProjectRow) => (
              <span className={`status status--${p.targetStatus.toLowerCase()}`}>
                {t(`projects.target.${p.targetStatus}` as const)} ·{' '}
                {t('projects.indicatorCount', { count: p.indicators.length })}
              </span>
            ),
          },
        ]),
    {
      key: 'BUDGET',
      header: t('projects.col.budget'),
      sortable: true,
      align: 'right',
      width: AMOUNT_WIDTH,
      cell: (p) => <Money yuan={p.budget} />,
    },
    ...(variant === 'portfolio'
      ? [
          {
            key: 'rate',
            header: t('projects.col.rate'),
            align: 'right' as const,
            width: '76px',
            cell: (p: ProjectRow) => (
              <RateCell report={reportAt(p, MONTHS[MONTHS.length - 1]) ?? reportAt(p, MONTHS[0])} />
            ),
          },
        ]
      : MONTHS.map((m) => ({
          key: `rate-${m}`,
          header: t('projects.col.rateAt', { month: m }),
          align: 'right' as const,
          width: '112px',
          cell: (p: ProjectRow) => <RateCell report={reportAt(p, m)} />,
        }))),
    {
      key: 'flag',
      header: t('projects.col.flag'),
      width: variant === 'unit' ? '150px' : '76px',
      cell: (p) => {
        const f = openFlag(p);
        if (!f) return <span className="muted">—</span>;
        return (
          <span className="flag-cell" title={t('projects.flagTitle', { deadline: f.deadline, days: f.daysOverdue })}>
            <FlagBadge level={f.level} />
            {variant === 'unit' && <span className={f.daysOverdue > 0 ? 'overdue' : ''}> {f.deadline}</span>}
          </span>
        );
      },
    },
    {
      key: 'grade',
      header: t('projects.col.grade'),
      width: '80px',
      align: 'center',
      cell: (p) => <GradeBadge grade={selfGrade(p)} />,
    },
  ];
}
