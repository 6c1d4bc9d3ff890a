import type { Role } from '@jixiao/schema/enums';

/** The year's calendar of DOMAIN.md ("The 2024 calendar from the plan"), for any year. */
export function defaultCalendar(year: number): { dueOn: string; titleZh: string; titleEn: string; roles: Role[] }[] {
  const d = (m: number, day: number, y = year) => `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return [
    {
      dueOn: d(1, 1),
      titleZh: '上年第四季度绩效工作报自治州',
      titleEn: 'Q4 report to the prefecture',
      roles: ['PERFORMANCE'],
    },
    {
      dueOn: d(3, 20),
      titleZh: '上年度项目单位自评完成',
      titleEn: 'Self-evaluations of last year’s projects',
      roles: ['UNIT'],
    },
    {
      dueOn: d(4, 1),
      titleZh: '第一季度绩效工作报自治州',
      titleEn: 'Q1 report to the prefecture',
      roles: ['PERFORMANCE'],
    },
    {
      dueOn: d(4, 8),
      titleZh: '自治州预算绩效工作会议',
      titleEn: 'Prefecture performance meeting',
      roles: ['LEADERSHIP', 'PERFORMANCE'],
    },
    {
      dueOn: d(4, 20),
      titleZh: '部门评价及部门整体自评完成',
      titleEn: 'Department evaluations and unit-wide self-evaluations',
      roles: ['UNIT', 'BUSINESS_SECTION'],
    },
    {
      dueOn: d(5, 31),
      titleZh: '第一个监控节点（5月底）',
      titleEn: 'Checkpoint 1 (end of May)',
      roles: ['UNIT', 'BUSINESS_SECTION', 'PERFORMANCE'],
    },
    { dueOn: d(6, 10), titleZh: '5月监控报告报送截止', titleEn: 'May monitoring reports due', roles: ['UNIT'] },
    { dueOn: d(6, 20), titleZh: '真实性核查完成', titleEn: 'Authenticity checks done', roles: ['PERFORMANCE'] },
    { dueOn: d(6, 30), titleZh: '部门整体绩效监控', titleEn: 'Unit-wide monitoring', roles: ['UNIT'] },
    {
      dueOn: d(7, 1),
      titleZh: '第二季度绩效工作报自治州',
      titleEn: 'Q2 report to the prefecture',
      roles: ['PERFORMANCE'],
    },
    {
      dueOn: d(7, 20),
      titleZh: '财政重点评价完成、信息公开检查',
      titleEn: 'Key evaluations done; disclosure check',
      roles: ['PERFORMANCE', 'AGENCY'],
    },
    {
      dueOn: d(8, 31),
      titleZh: '第二个监控节点（8月底）',
      titleEn: 'Checkpoint 2 (end of August)',
      roles: ['UNIT', 'BUSINESS_SECTION', 'PERFORMANCE'],
    },
    { dueOn: d(9, 10), titleZh: '8月监控报告报送截止', titleEn: 'August monitoring reports due', roles: ['UNIT'] },
    {
      dueOn: d(10, 1),
      titleZh: '第三季度绩效工作报自治州',
      titleEn: 'Q3 report to the prefecture',
      roles: ['PERFORMANCE'],
    },
    {
      dueOn: d(11, 20),
      titleZh: '各资金类别绩效总结及年度总结',
      titleEn: 'Fund-family summaries and the annual summary',
      roles: ['FUND_SECTION', 'PERFORMANCE'],
    },
    {
      dueOn: d(11, 30),
      titleZh: '债务及衔接资金绩效总结',
      titleEn: 'Debt and rural-fund summaries',
      roles: ['FUND_SECTION'],
    },
  ];
}
