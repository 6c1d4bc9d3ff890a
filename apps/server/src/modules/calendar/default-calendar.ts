import type { DeadlineKind, Role } from '@jixiao/schema/enums';

/**
 * The year's calendar of DOMAIN.md ("The 2024 calendar from the plan"), for any year: the dates it stores.
 * The checkpoints' dates come from the checkpoints, the key evaluations' deadline from the rule set.
 */
export function defaultCalendar(
  year: number,
): { dueOn: string; kind: DeadlineKind; titleZh: string; titleEn: string; roles: Role[] }[] {
  const d = (m: number, day: number, y = year) => `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return [
    {
      dueOn: d(1, 1),
      kind: 'QUARTERLY_REPORT',
      titleZh: '上年第四季度绩效工作报自治州',
      titleEn: 'Q4 report to the prefecture',
      roles: ['PERFORMANCE'],
    },
    {
      dueOn: d(3, 20),
      kind: 'SELF_EVALUATION',
      titleZh: '上年度项目单位自评完成',
      titleEn: 'Self-evaluations of last year’s projects',
      roles: ['UNIT'],
    },
    {
      dueOn: d(4, 1),
      kind: 'QUARTERLY_REPORT',
      titleZh: '第一季度绩效工作报自治州',
      titleEn: 'Q1 report to the prefecture',
      roles: ['PERFORMANCE'],
    },
    {
      dueOn: d(4, 8),
      kind: 'MEETING',
      titleZh: '自治州预算绩效工作会议',
      titleEn: 'Prefecture performance meeting',
      roles: ['LEADERSHIP', 'PERFORMANCE'],
    },
    {
      dueOn: d(4, 20),
      kind: 'DEPARTMENT_EVALUATION',
      titleZh: '部门评价及部门整体自评完成',
      titleEn: 'Department evaluations and unit-wide self-evaluations',
      roles: ['UNIT', 'BUSINESS_SECTION'],
    },
    {
      dueOn: d(6, 20),
      kind: 'AUTHENTICITY',
      titleZh: '真实性核查完成',
      titleEn: 'Authenticity checks done',
      roles: ['PERFORMANCE'],
    },
    {
      dueOn: d(7, 1),
      kind: 'QUARTERLY_REPORT',
      titleZh: '第二季度绩效工作报自治州',
      titleEn: 'Q2 report to the prefecture',
      roles: ['PERFORMANCE'],
    },
    {
      dueOn: d(7, 20),
      kind: 'DISCLOSURE_CHECK',
      titleZh: '信息公开检查',
      titleEn: 'Disclosure check',
      roles: ['PERFORMANCE'],
    },
    {
      dueOn: d(10, 1),
      kind: 'QUARTERLY_REPORT',
      titleZh: '第三季度绩效工作报自治州',
      titleEn: 'Q3 report to the prefecture',
      roles: ['PERFORMANCE'],
    },
    {
      dueOn: d(11, 20),
      kind: 'SUMMARIES',
      titleZh: '各资金类别绩效总结及年度总结',
      titleEn: 'Fund-family summaries and the annual summary',
      roles: ['FUND_SECTION', 'PERFORMANCE'],
    },
    {
      dueOn: d(11, 30),
      kind: 'DEBT_SUMMARIES',
      titleZh: '债务及衔接资金绩效总结',
      titleEn: 'Debt and rural-fund summaries',
      roles: ['FUND_SECTION'],
    },
  ];
}
