import { DataTable } from '@jixiao/ui/data-table';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { errorId, type MutationFailure, RowButton } from '../../work';
import { departmentEvaluationOf, departmentState, type DepartmentState } from '../department-form';
import type { DeptProject } from './DepartmentScoreForm';
import { GradeBadge } from './GradePieces';
import { moneyColumn } from '../../../app/components/table-columns';

const STATE_TONE: Record<Exclude<DepartmentState, 'final'>, string> = {
  draft: 'submitted',
  unsaved: 'reviewed',
  removing: 'draft',
  none: 'none',
};

/** The unit's projects of the year: a tick to pick each, its score and where its evaluation stands. */
export function DepartmentProjectsTable({
  year,
  projects,
  picked,
  locked,
  busy,
  failure,
  onPick,
  onRecord,
}: {
  year: number;
  projects: readonly DeptProject[];
  picked: readonly string[];
  locked: ReadonlySet<string>;
  busy: boolean;
  failure: MutationFailure | null;
  onPick: (id: string) => void;
  onRecord: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <DataTable
      caption={t('dept.title', { year })}
      rows={projects}
      rowKey={(p) => p.id}
      status={projects.length ? 'ready' : 'empty'}
      emptyText={t('dept.empty')}
      testId="dept-projects"
      columns={[
        {
          key: 'pick',
          header: t('dept.pickColumn'),
          width: '56px',
          align: 'center',
          cell: (p) => {
            const isLocked = locked.has(p.id);
            return (
              <input
                type="checkbox"
                checked={picked.includes(p.id)}
                disabled={isLocked || busy}
                onChange={() => onPick(p.id)}
                aria-label={t('dept.pick', { project: `${p.code} ${p.name}` })}
                aria-describedby={failure?.fields.projectIds ? errorId('dept', 'projectIds') : undefined}
                title={isLocked ? t('dept.lockedFinal') : undefined}
                data-testid={`dept-pick-${p.code}`}
              />
            );
          },
        },
        {
          key: 'project',
          header: t('work.project'),
          cell: (p) => (
            <span title={p.name}>
              {p.code} {p.name}
              {p.isKey && (
                <>
                  {' '}
                  <span className="badge badge--key">{t('dept.key')}</span>
                </>
              )}
              {p.kind === 'ONE_OFF' && (
                <>
                  {' '}
                  <span className="badge badge--state-none">{t('dept.oneOff')}</span>
                </>
              )}
            </span>
          ),
        },
        moneyColumn('budget', t('work.budget'), (p: DeptProject) => p.budget),
        {
          key: 'score',
          header: t('work.score'),
          width: '70px',
          align: 'right',
          cell: (p) => departmentEvaluationOf(p.evaluations)?.score?.toFixed(2) ?? '—',
        },
        {
          key: 'state',
          header: t('dept.state'),
          width: '110px',
          cell: (p) => {
            const state = departmentState(p, picked.includes(p.id));
            if (state === 'final')
              return (
                <GradeBadge grade={departmentEvaluationOf(p.evaluations)?.grade} testId={`dept-grade-${p.code}`} />
              );
            return (
              <span
                className={`badge badge--state-${STATE_TONE[state]}`}
                data-testid={`dept-state-${p.code}`}
                data-state={state}
              >
                {t(`dept.state.${state}` as MessageKey)}
              </span>
            );
          },
        },
        {
          key: 'actions',
          header: t('work.actions'),
          width: '104px',
          cell: (p) =>
            departmentState(p, picked.includes(p.id)) === 'draft' ? (
              <RowButton primary onClick={() => onRecord(p.id)} testId={`dept-record-${p.code}`}>
                {t('dept.record')}
              </RowButton>
            ) : null,
        },
      ]}
    />
  );
}
