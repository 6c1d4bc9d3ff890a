import { deptevalEn, deptevalZh } from './messages-department';
import { keyevalEn, keyevalZh } from './messages-key';

// 绩效评价: the unit's self-evaluation and department evaluation, authenticity checks, key evaluations by
// agencies and the expert panel, and publishing the results (each part's words in messages-*.ts).
export const evaluationZh = {
  ...deptevalZh,
  ...keyevalZh,
  'selfeval.title': '{year} 年度项目自评',
  'selfeval.subtitle': '填报全年执行数与各类指标完成度，按规则计分定级（含等级限制）',
  'selfeval.empty': '本年度没有已批复绩效目标的项目',
  'selfeval.executed': '全年执行数（元）',
  'selfeval.budget': '项目预算',
  'selfeval.completions': '指标完成度（0–100）',
  'selfeval.outputCompletion': '产出指标完成度',
  'selfeval.benefitCompletion': '效益指标完成度',
  'selfeval.satisfactionCompletion': '满意度',
  'selfeval.explanation': '自评说明',
  'selfeval.submit': '提交自评',
  'selfeval.submitted': '“{project}”自评已提交',
  'selfeval.fill': '自评',
  'selfeval.todo': '待自评',
  'selfeval.rectify': '中央转移支付项目自评得分低于90分，已退回整改：请整改后重新填报自评。',
  'selfeval.rectifyBadge': '退回整改',
  'selfeval.resultTitle': '自评结果：{project}',
  'selfeval.uncapped': '按得分为',
  'selfeval.caps': '等级限制',
  'selfeval.noCaps': '无',
  'selfeval.capApplied': '已限级',
  'selfeval.capHolds': '条件成立',
} as const;

export const evaluationEn: Record<keyof typeof evaluationZh, string> = {
  ...deptevalEn,
  ...keyevalEn,
  'selfeval.title': 'Self-evaluation of {year} projects',
  'selfeval.subtitle':
    'Enter the year’s execution and target completion; the rules give the score and grade, caps included',
  'selfeval.empty': 'No project of the year with approved targets',
  'selfeval.executed': 'Executed in the year (yuan)',
  'selfeval.budget': 'Budget',
  'selfeval.completions': 'Completion of targets (0–100)',
  'selfeval.outputCompletion': 'Output targets',
  'selfeval.benefitCompletion': 'Benefit targets',
  'selfeval.satisfactionCompletion': 'Satisfaction',
  'selfeval.explanation': 'Explanation',
  'selfeval.submit': 'Submit the self-evaluation',
  'selfeval.submitted': 'Self-evaluation of “{project}” submitted',
  'selfeval.fill': 'Evaluate',
  'selfeval.todo': 'To do',
  'selfeval.rectify':
    'A central transfer payment’s self-evaluation scored under 90 goes back for rectification: rectify, then submit it again.',
  'selfeval.rectifyBadge': 'Sent back',
  'selfeval.resultTitle': 'Result: {project}',
  'selfeval.uncapped': 'by score alone',
  'selfeval.caps': 'Grade caps',
  'selfeval.noCaps': 'None',
  'selfeval.capApplied': 'Capped',
  'selfeval.capHolds': 'Holds',
};
