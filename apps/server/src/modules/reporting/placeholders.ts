// The placeholders of the annual report's template: a fixed catalogue of figures (what the analytics
// service answers for a year), the syntax {{name}}, {{name|亿}}, {{name|万:1}}, {{name|%:0}}, its checks
// (an unknown name or a format that does not fit is an error naming the section) and the filling.

import { formatMoney, formatPercent, type MoneyUnit } from './report-format.js';

export type FigureKind = 'count' | 'money' | 'rate' | 'share' | 'text';

export interface Figure {
  name: string;
  kind: FigureKind;
  zh: string;
  en: string;
}

export type FigureValue =
  | { kind: 'count'; value: number }
  | { kind: 'money'; yuan: string }
  | { kind: 'rate' | 'share'; numerator: bigint; denominator: bigint }
  | { kind: 'text'; value: string };

const grades = (prefix: string, zh: string, en: string): Figure[] => [
  { name: `${prefix}.count`, kind: 'count', zh: `${zh}数量`, en: `${en}: how many` },
  { name: `${prefix}.budget`, kind: 'money', zh: `${zh}涉及资金`, en: `${en}: budget evaluated` },
  { name: `${prefix}.excellent`, kind: 'count', zh: `${zh}“优”等次数`, en: `${en}: graded excellent` },
  { name: `${prefix}.good`, kind: 'count', zh: `${zh}“良”等次数`, en: `${en}: graded good` },
  { name: `${prefix}.medium`, kind: 'count', zh: `${zh}“中”等次数`, en: `${en}: graded medium` },
  { name: `${prefix}.poor`, kind: 'count', zh: `${zh}“差”等次数`, en: `${en}: graded poor` },
  { name: `${prefix}.excellentShare`, kind: 'share', zh: `${zh}“优”占比`, en: `${en}: share excellent` },
  { name: `${prefix}.goodShare`, kind: 'share', zh: `${zh}“良”占比`, en: `${en}: share good` },
  { name: `${prefix}.mediumShare`, kind: 'share', zh: `${zh}“中”占比`, en: `${en}: share medium` },
  { name: `${prefix}.poorShare`, kind: 'share', zh: `${zh}“差”占比`, en: `${en}: share poor` },
  { name: `${prefix}.findings`, kind: 'count', zh: `${zh}发现问题数`, en: `${en}: findings` },
];

const checkpoint = (n: number): Figure[] => {
  const zh = `第${n}个监控节点`;
  const en = `Checkpoint ${n}`;
  const p = `checkpoint${n}`;
  return [
    { name: `${p}.month`, kind: 'count', zh: `${zh}月份`, en: `${en}: month` },
    { name: `${p}.projectCount`, kind: 'count', zh: `${zh}监控项目数`, en: `${en}: projects monitored` },
    { name: `${p}.budget`, kind: 'money', zh: `${zh}涉及资金`, en: `${en}: budget` },
    { name: `${p}.executed`, kind: 'money', zh: `${zh}执行数`, en: `${en}: executed` },
    { name: `${p}.executionRate`, kind: 'rate', zh: `${zh}执行率`, en: `${en}: execution rate` },
    { name: `${p}.yellowFlags`, kind: 'count', zh: `${zh}未销号黄标数`, en: `${en}: open yellow flags` },
    { name: `${p}.redFlags`, kind: 'count', zh: `${zh}未销号红标数`, en: `${en}: open red flags` },
    { name: `${p}.newYellowFlags`, kind: 'count', zh: `${zh}初次黄标数`, en: `${en}: first-time yellow flags` },
    { name: `${p}.escalatedToRed`, kind: 'count', zh: `${zh}升级红标数`, en: `${en}: flags escalated to red` },
    { name: `${p}.closedFlags`, kind: 'count', zh: `${zh}前销号数`, en: `${en}: flags closed since the one before` },
  ];
};

/** Every figure a template may use, in the order the dashboard lists them. */
export const FIGURES: readonly Figure[] = [
  { name: 'year', kind: 'text', zh: '报告年度', en: 'Year of the report' },
  {
    name: 'evaluatedYear',
    kind: 'text',
    zh: '被评价的预算年度（上一年）',
    en: 'Budget year evaluated (the year before)',
  },
  { name: 'regionName', kind: 'text', zh: '本级名称', en: 'Name of the county' },
  { name: 'targets.projectCount', kind: 'count', zh: '编制绩效目标项目数', en: 'Projects with targets' },
  { name: 'targets.budget', kind: 'money', zh: '绩效目标项目资金', en: 'Their budget' },
  {
    name: 'targets.annualBudgetProjectCount',
    kind: 'count',
    zh: '其中年初预算项目数',
    en: 'Of which annual-budget projects',
  },
  { name: 'targets.annualBudget', kind: 'money', zh: '年初预算项目资金', en: 'Budget of the annual-budget projects' },
  {
    name: 'targets.exAnteProjectCount',
    kind: 'count',
    zh: '通过事前评估新增项目数',
    en: 'New projects through ex-ante',
  },
  { name: 'targets.exAnteBudget', kind: 'money', zh: '通过事前评估新增项目资金', en: 'Their budget' },
  {
    name: 'targets.unitWideReviewedCount',
    kind: 'count',
    zh: '审核部门整体绩效目标单位数',
    en: 'Units whose unit-wide targets were reviewed',
  },
  { name: 'targets.unitWideReturnedCount', kind: 'count', zh: '退回修改绩效目标数', en: 'Unit-wide targets returned' },
  { name: 'targets.unitWideIssueCount', kind: 'count', zh: '完善问题数', en: 'Issues fixed' },
  ...checkpoint(1),
  ...checkpoint(2),
  ...grades('self', '单位自评', 'Self-evaluation'),
  ...grades('department', '部门评价', 'Department evaluation'),
  ...grades('unitWide', '部门整体评价', 'Unit-wide evaluation'),
  ...grades('key', '财政重点评价', 'Key evaluation'),
  { name: 'cuts.projectCount', kind: 'count', zh: '建议压减预算项目数', en: 'Projects whose budget is cut' },
  { name: 'cuts.proposed', kind: 'money', zh: '按规则建议压减金额', en: 'Cuts the rules propose' },
  { name: 'cuts.decidedCount', kind: 'count', zh: '预算科已确定压减项目数', en: 'Cuts decided by the budget section' },
  { name: 'cuts.accepted', kind: 'money', zh: '预算科确定压减金额', en: 'Cuts the budget section decided' },
  { name: 'agencies.count', kind: 'count', zh: '参评第三方机构数', en: 'Agencies rated' },
  { name: 'agencies.A', kind: 'count', zh: 'A级机构数', en: 'Agencies rated A' },
  { name: 'agencies.B', kind: 'count', zh: 'B级机构数', en: 'Agencies rated B' },
  { name: 'agencies.C', kind: 'count', zh: 'C级机构数', en: 'Agencies rated C' },
  { name: 'agencies.D', kind: 'count', zh: 'D级机构数', en: 'Agencies rated D' },
  { name: 'agencies.published', kind: 'count', zh: '已公开评级数', en: 'Ratings published' },
  {
    name: 'disclosure.targetsPublished',
    kind: 'count',
    zh: '公开绩效目标项目数',
    en: 'Projects whose targets are public',
  },
  {
    name: 'disclosure.targetsApproved',
    kind: 'count',
    zh: '已批复绩效目标项目数',
    en: 'Projects with approved targets',
  },
  {
    name: 'disclosure.evaluationsPublished',
    kind: 'count',
    zh: '公开评价结果数（被评价年度）',
    en: 'Evaluations published (year evaluated)',
  },
  {
    name: 'disclosure.evaluationsFinal',
    kind: 'count',
    zh: '定稿评价数（被评价年度）',
    en: 'Final evaluations (year evaluated)',
  },
  { name: 'library.commonCategories', kind: 'count', zh: '共性指标类别数', en: 'Common library: categories' },
  { name: 'library.commonIndicators', kind: 'count', zh: '共性三级指标数', en: 'Common library: indicators' },
  { name: 'library.sectors', kind: 'count', zh: '行业领域数', en: 'Sector library: sectors' },
  { name: 'library.sectorIndicators', kind: 'count', zh: '行业三级指标数', en: 'Sector library: indicators' },
  { name: 'training.sessions', kind: 'count', zh: '培训场次', en: 'Training sessions' },
  { name: 'training.attendance', kind: 'count', zh: '培训人次', en: 'Training attendance' },
];

const BY_NAME = new Map(FIGURES.map((f) => [f.name, f]));

/** The formats a figure accepts after `|`, the first being its default. */
export function formatsOf(kind: FigureKind): string[] {
  if (kind === 'money') return ['亿', '万', '元'];
  if (kind === 'rate' || kind === 'share') return ['%'];
  return [];
}

const DEFAULT_DECIMALS: Record<FigureKind, number> = { money: 2, rate: 1, share: 0, count: 0, text: 0 };

export interface Placeholder {
  name: string;
  unit: string | null;
  decimals: number | null;
}

export type TemplatePart = string | Placeholder;

export class PlaceholderError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const TOKEN = /\{\{([^{}]*)\}\}/g;
const INSIDE = /^\s*([A-Za-z][A-Za-z0-9.]*)\s*(?:\|\s*([^:\s]+)\s*)?(?::\s*(\d+)\s*)?$/;

/** Splits a template text into literal text and placeholders; throws PlaceholderError at the first bad one. */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const literal = text.slice(last, m.index);
    checkLiteral(literal);
    if (literal) parts.push(literal);
    parts.push(checkPlaceholder(m[0], m[1]!));
    last = m.index + m[0].length;
  }
  const rest = text.slice(last);
  checkLiteral(rest);
  if (rest) parts.push(rest);
  return parts;
}

function checkLiteral(text: string): void {
  if (text.includes('{{') || text.includes('}}')) {
    throw new PlaceholderError('占位符的花括号不成对', 'a placeholder’s braces do not pair up');
  }
}

function checkPlaceholder(token: string, inside: string): Placeholder {
  const m = INSIDE.exec(inside);
  const figure = m ? BY_NAME.get(m[1]!) : undefined;
  if (!m || !figure) {
    throw new PlaceholderError(`未知占位符 ${token}`, `unknown placeholder ${token}`);
  }
  const unit = m[2] ?? null;
  const decimals = m[3] === undefined ? null : Number(m[3]);
  const formats = formatsOf(figure.kind);
  if (unit !== null && !formats.includes(unit)) {
    const allowed = formats.length ? formats.join('、') : '无';
    throw new PlaceholderError(
      `占位符 ${token} 的单位只能是：${allowed}`,
      `placeholder ${token}: the unit can only be ${formats.join(', ') || 'none'}`,
    );
  }
  if (decimals !== null && (formats.length === 0 || decimals > 4)) {
    throw new PlaceholderError(
      `占位符 ${token} 的小数位数须为 0–4，且仅用于金额和比率`,
      `placeholder ${token}: decimals must be 0–4, and only for amounts and rates`,
    );
  }
  return { name: figure.name, unit, decimals };
}

/** The text of one placeholder for the figures of a year; a figure the year does not have reads "—". */
export function renderPlaceholder(p: Placeholder, values: ReadonlyMap<string, FigureValue>): string {
  const v = values.get(p.name);
  if (!v) return '—';
  switch (v.kind) {
    case 'count':
      return String(v.value);
    case 'text':
      return v.value;
    case 'money':
      return formatMoney(v.yuan, (p.unit ?? '亿') as MoneyUnit, p.decimals ?? DEFAULT_DECIMALS.money);
    case 'rate':
    case 'share':
      return formatPercent(v.numerator, v.denominator, p.decimals ?? DEFAULT_DECIMALS[v.kind]);
  }
}

/** A template text with every placeholder replaced. */
export function fillTemplate(text: string, values: ReadonlyMap<string, FigureValue>): string {
  return parseTemplate(text)
    .map((part) => (typeof part === 'string' ? part : renderPlaceholder(part, values)))
    .join('');
}
