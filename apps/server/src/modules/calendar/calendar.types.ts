import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DEADLINE_KIND_LABELS, DEADLINE_KINDS, type DeadlineKind } from '@jixiao/schema/enums';

export const DeadlineKindEnum = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, k])) as {
  [K in DeadlineKind]: K;
};
registerEnumType(DeadlineKindEnum, {
  name: 'DeadlineKind',
  description:
    '工作节点类型：监控节点及报送截止来自监控节点，重点评价截止来自规则，其余来自县里的工作日历 / Kind of deadline: checkpoints and their report dates come from the checkpoints, the key evaluations’ from the rule set, the others from the county’s calendar',
  valuesConfig: Object.fromEntries(
    DEADLINE_KINDS.map((k) => [k, { description: `${DEADLINE_KIND_LABELS[k].zh} / ${DEADLINE_KIND_LABELS[k].en}` }]),
  ),
});

@ObjectType({ description: '年度工作节点 / A deadline of the year' })
export class Deadline {
  @Field(() => ID, {
    nullable: true,
    description:
      '期限 ID（年度日历中存储的期限；监控节点与重点评价期限为空，分别由 setCheckpointDates 与规则设置调整）/ Id of a stored calendar deadline, for setDeadlineDate; null for the checkpoints’ dates (setCheckpointDates) and the key evaluations’ (the rule set)',
  })
  id: string | null;
  @Field({ description: '截止日期 / Due on' }) dueOn: string;
  @Field(() => DeadlineKindEnum, { description: '类型 / Kind' }) kind: DeadlineKind;
  @Field({ description: '事项 / What' }) titleZh: string;
  @Field({ description: '事项（英文）/ What, in English' }) titleEn: string;
  @Field(() => Int, {
    nullable: true,
    description: '监控节点月份（监控节点类事项）/ Month of the checkpoint (checkpoint deadlines only)',
  })
  checkpointMonth: number | null;
  @Field(() => [String], { description: '负责角色 / Roles that must act' }) roles: string[];
  @Field(() => Int, {
    description:
      '剩余天数，按县里的今天（北京时间；负数为已逾期）/ Days left from the county’s today (Beijing time); negative when past',
  })
  daysLeft: number;
}

@ObjectType({ description: '待办事项 / A to-do of the viewer' })
export class Todo {
  @Field({ description: '类型 / Kind, e.g. REPORTS_TO_SUBMIT' }) kind: string;
  @Field({ description: '待办说明 / What to do' }) titleZh: string;
  @Field({ description: '待办说明（英文）/ What to do, in English' }) titleEn: string;
  @Field(() => Int, { description: '件数 / How many' }) count: number;
  @Field(() => Int, { description: '其中逾期 / Of which overdue' }) overdue: number;
}

@ObjectType({
  description:
    '一个项目监控节点月份及其时序进度（按当年规则）/ A project checkpoint month and the share of the year elapsed there (the year’s rule)',
})
export class CheckpointShare {
  @Field(() => Int, { description: '监控节点月份（5 = 5月底）/ Month of the checkpoint' }) month: number;
  @Field(() => Int, {
    description:
      '时序进度分子：执行率低于 分子÷分母 即未达标 / Share of the year elapsed, numerator: executing less than numerator ÷ denominator fails the checkpoint',
  })
  elapsedNumerator: number;
  @Field(() => Int, { description: '时序进度分母 / Share of the year elapsed, denominator' })
  elapsedDenominator: number;
}

@ObjectType({
  description: '财政重点评价少于规则的最低项目数 / Fewer key evaluations (财政重点评价) than the rule set’s minimum',
})
export class KeyEvaluationShortfall {
  @Field(() => Int, { description: '规则要求的最少项目数 / The rule set’s minimum number of projects' })
  required: number;
  @Field(() => Int, {
    description: '已安排（已委托）的重点评价项目数 / Key evaluations planned (assigned) for the budget year',
  })
  planned: number;
}

@ObjectType({ description: '有数据的一个年度 / A year with data in the viewer’s counties' })
export class YearInfo {
  @Field(() => Int, { description: '预算年度 / Budget year' }) year: number;
  @Field({ description: '有项目 / Has projects' }) hasProjects: boolean;
  @Field({ description: '有评价（被评价年度）/ Has evaluations of this budget year' }) hasEvaluations: boolean;
  @Field(() => [Int], {
    description:
      '项目监控节点月份：已设节点的，未设时取当年规则 / Months of the project checkpoints: those stored, else the year’s rule set',
  })
  checkpointMonths: number[];
  @Field(() => [CheckpointShare], {
    description:
      '项目监控节点（月份升序）及其时序进度 / The project checkpoints (by month) with the share of the year elapsed at each',
  })
  checkpointShares: CheckpointShare[];
  @Field({
    description: '项目监控节点均已完成（确认）/ Every project checkpoint of the year is confirmed (closed)',
  })
  checkpointsClosed: boolean;
  @Field(() => KeyEvaluationShortfall, {
    nullable: true,
    description:
      '本县该预算年度的财政重点评价少于规则最低数（默认5个）时给出（自次年即评价之年起），否则为空；跨多个县的上级为空 / Set when the county has fewer key evaluations of this budget year than the rule set’s minimum (default 5), from the next year on (when they are made), else null; null for an upper level spanning several counties',
  })
  keyEvaluationShortfall: KeyEvaluationShortfall | null;
}

@ObjectType({ description: '年度与日期：均由服务器给出 / Years and dates, as the server knows them' })
export class YearsInfo {
  @Field(() => [YearInfo], { description: '有数据的年度（升序）/ Years with data, ascending' }) years: YearInfo[];
  @Field({ description: '县里的今天（北京时间，YYYY-MM-DD）/ The county’s today (Beijing time), YYYY-MM-DD' })
  today: string;
  @Field(() => Int, { description: '今天所在年度 / The year of today' }) currentYear: number;
  @Field(() => Int, {
    nullable: true,
    description:
      '默认查看年度：项目监控节点均已完成的最近年度，否则有数据的最近年度 / Year to show by default: the latest whose project checkpoints are all closed, else the latest with data',
  })
  defaultYear: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      '工作年度：尚有未完成项目监控节点的最早年度，否则有数据的最近年度 / The year where work is open: the earliest with a project checkpoint not yet closed, else the latest with data',
  })
  workYear: number | null;
}
