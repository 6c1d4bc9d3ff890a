import { useQuery } from '@apollo/client/react';
import type { Role } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { WORK_TODOS } from '../graphql/todos.graphql';
import { stageOf, todosByStage, workStages, type WorkTab } from '../todo-links';

/**
 * A role with many tabs first picks the stage of the year (monitoring, targets, …), each stage button with
 * its count of to-dos; the tabs of that stage follow.
 */
export function StageBar({
  role,
  tab,
  year,
  onPick,
}: {
  role: Role;
  tab: WorkTab;
  year: number;
  onPick: (tab: WorkTab) => void;
}) {
  const { t } = useI18n();
  const { data } = useQuery(WORK_TODOS, { variables: { year } });
  const counts = todosByStage(data?.todos ?? [], role);
  const current = stageOf(tab);
  return (
    <div className="stage-bar" role="group" aria-label={t('work.stages')} data-testid="work-stages">
      {workStages(role).map(({ stage, tabs }) => (
        <button
          key={stage}
          type="button"
          className="stage-bar__stage"
          aria-pressed={stage === current}
          onClick={() => onPick(tabs[0]!)}
          data-testid={`stage-${stage}`}
        >
          {t(`work.stage.${stage}` as MessageKey)}
          {(counts[stage] ?? 0) > 0 && (
            <span className="stage-bar__count" aria-label={t('work.stageTodos', { count: counts[stage]! })}>
              {counts[stage]}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
