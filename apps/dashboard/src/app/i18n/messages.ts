// The dashboard's words. Simplified Chinese is the reference; English must have every key (the type
// checks it). Placeholders are written {name} and filled by `translate`. Each feature keeps its words
// beside it (modules/<view>/messages.ts); this file joins them.
import { adminEn, adminZh } from '../../modules/admin/messages';
import { organisationEn, organisationZh } from '../../modules/organisation/messages';
import { libraryEn, libraryZh } from '../../modules/library/messages';
import { agencyEn, agencyZh } from '../../modules/agency/messages';
import { ratingsEn, ratingsZh } from '../../modules/agency-ratings/messages';
import { checksEn, checksZh } from '../../modules/agency-checks/messages';
import { authEn, authZh } from '../../modules/auth/messages';
import { biEn, biZh } from '../../modules/bi/messages';
import { countiesEn, countiesZh } from '../../modules/counties/messages';
import { disclosureEn, disclosureZh } from '../../modules/disclosure/messages';
import { evaluationEn, evaluationZh } from '../../modules/evaluation/messages';
import { exanteEn, exanteZh } from '../../modules/ex-ante/messages';
import { flagsEn, flagsZh } from '../../modules/flags/messages';
import { importEn, importZh } from '../../modules/import/messages';
import { monitoringEn, monitoringZh } from '../../modules/monitoring/messages';
import { overviewEn, overviewZh } from '../../modules/overview/messages';
import { rankingsEn, rankingsZh } from '../../modules/overview/rankings/messages';
import { frozenEn, frozenZh } from '../../modules/overview/frozen/messages';
import { performanceEn, performanceZh } from '../../modules/performance/messages';
import { quarterlyEn, quarterlyZh } from '../../modules/quarterly-report/messages';
import { governmentEvaluationEn, governmentEvaluationZh } from '../../modules/government-evaluation/messages';
import { portfolioEn, portfolioZh } from '../../modules/portfolio/messages';
import { projectsEn, projectsZh } from '../../modules/projects/messages';
import { resultsEn, resultsZh } from '../../modules/results/messages';
import { supervisionEn, supervisionZh } from '../../modules/supervision/messages';
import { fundReviewEn, fundReviewZh } from '../../modules/fund-review/messages';
import { targetsEn, targetsZh } from '../../modules/targets/messages';
import { unitWideEn, unitWideZh } from '../../modules/unit-wide/messages';
import { reportsEn, reportsZh } from '../../modules/reports/messages';
import { screenEn, screenZh } from '../../modules/screen/messages';
import { unitEn, unitZh } from '../../modules/unit/messages';
import { workEn, workZh } from '../../modules/work/messages';

const appZh = {
  'app.brand': '绩效',
  'app.title': '预算绩效管理平台',
  'common.retry': '重试',
  'common.loadFailed': '加载失败：{reason}',
  'common.noData': '暂无数据',
  'common.checkpoint': '{month}月底',
  'common.yearOption': '{year} 年',
  'common.countProjects': '{count} 个项目',
  'common.pp': '{value} 个百分点',
  'common.year': '年度',
  'error.network': '无法连接服务器，请检查网络后重试',
  'error.unknown': '发生未知错误',
  'language.label': '语言',
  'language.zh': '中文',
  'language.en': 'English',
  'header.scope': '数据范围',
  'header.logout': '退出登录',
  'app.skip': '跳到主要内容',
  'app.loadingView': '正在加载…',
  'app.backHome': '返回首页',
  'app.notFoundTitle': '页面不存在',
  'app.notFound': '该地址没有对应的页面，请检查链接是否完整。',
  'app.forbiddenTitle': '无权查看',
  'app.forbidden': '该页面不属于您的角色可以查看的范围。',
  'nav.label': '主导航',
  'nav.overview': '领导驾驶舱',
  'nav.performance': '绩效科工作台',
  'nav.portfolio': '项目组合',
  'nav.unit': '本单位',
  'nav.agency': '本机构',
  'nav.bi': '数据接口',
  'nav.work': '办理事项',
  'nav.admin': '用户管理',
  'nav.organisation': '组织机构',
  'nav.experts': '专家库',
  'nav.library': '指标库',
  'theme.toDark': '切换到深色主题',
  'theme.toLight': '切换到浅色主题',
  'export.csv': 'CSV',
  'export.xlsx': 'Excel',
  'export.png': 'PNG',
  'export.pngTitle': '导出图表为 PNG 图片（含标题、地区、年度和数据日期）',
  'briefing.line': '{place} · {year} 年度 · 数据截至 {asOf}',
  'briefing.title': '{place}预算绩效管理驾驶舱 · 汇报材料',
  'briefing.file': '汇报材料',
  'briefing.pdf': '汇报材料 PDF',
  'briefing.png': '汇报材料 PNG',
  'briefing.pdfTitle': '把整个驾驶舱导出为一份 PDF 汇报材料（A4）',
  'briefing.pngTitle': '把整个驾驶舱导出为一张 PNG 图片',
  'export.busy': '导出中…',
  'export.failed': '导出失败：{reason}',
  'export.truncated': '仅导出前 {count} 条',
  'pager.range': '第 {first}–{last} 条，共 {total} 条',
  'pager.previous': '上一页',
  'pager.next': '下一页',
  'breadcrumb.label': '当前位置',
  'session.checking': '正在验证登录状态…',
  'session.failed': '无法验证登录状态：{reason}',
  'login.title': '登录',
  'login.subtitle': '县级预算绩效管理 · 全过程绩效数据一览',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.required': '请输入用户名和密码',
} as const;

const appEn: Record<keyof typeof appZh, string> = {
  'app.brand': 'Jixiao',
  'app.title': 'Budget Performance Management',
  'common.retry': 'Retry',
  'common.loadFailed': 'Failed to load: {reason}',
  'common.noData': 'No data',
  'common.checkpoint': 'end of {monthName}',
  'common.yearOption': '{year}',
  'common.countProjects': '{count} projects',
  'common.pp': '{value} pp',
  'common.year': 'Year',
  'error.network': 'Cannot reach the server; check the network and retry',
  'error.unknown': 'Something went wrong',
  'language.label': 'Language',
  'language.zh': '中文',
  'language.en': 'English',
  'header.scope': 'Scope',
  'header.logout': 'Log out',
  'app.skip': 'Skip to main content',
  'app.loadingView': 'Loading…',
  'app.backHome': 'Back to home',
  'app.notFoundTitle': 'Page not found',
  'app.notFound': 'No page lives at this address; check that the link is complete.',
  'app.forbiddenTitle': 'Not available',
  'app.forbidden': 'This page is not among those your role may open.',
  'nav.label': 'Main',
  'nav.overview': 'Leadership overview',
  'nav.performance': 'Performance section',
  'nav.portfolio': 'Portfolio',
  'nav.unit': 'My unit',
  'nav.agency': 'My agency',
  'nav.bi': 'BI access',
  'nav.work': 'Work',
  'nav.admin': 'Users',
  'nav.organisation': 'Organisation',
  'nav.experts': 'Experts',
  'nav.library': 'Indicator library',
  'theme.toDark': 'Switch to the dark theme',
  'theme.toLight': 'Switch to the light theme',
  'export.csv': 'CSV',
  'export.xlsx': 'Excel',
  'export.png': 'PNG',
  'export.pngTitle': 'Export the chart as a PNG image (with its title, place, year and date of the figures)',
  'briefing.line': '{place} · {year} · figures as of {asOf}',
  'briefing.title': '{place} budget performance cockpit · briefing',
  'briefing.file': 'briefing',
  'briefing.pdf': 'Briefing PDF',
  'briefing.png': 'Briefing PNG',
  'briefing.pdfTitle': 'Export the whole cockpit as one PDF briefing paper (A4)',
  'briefing.pngTitle': 'Export the whole cockpit as one PNG picture',
  'export.busy': 'Exporting…',
  'export.failed': 'Export failed: {reason}',
  'export.truncated': 'Only the first {count} rows were exported',
  'pager.range': '{first}–{last} of {total}',
  'pager.previous': 'Previous',
  'pager.next': 'Next',
  'breadcrumb.label': 'You are here',
  'session.checking': 'Checking your session…',
  'session.failed': 'Cannot check your session: {reason}',
  'login.title': 'Log in',
  'login.subtitle': 'County budget performance management at a glance',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.submitting': 'Logging in…',
  'login.required': 'Enter your username and password',
};

export const zh = {
  ...appZh,
  ...overviewZh,
  ...rankingsZh,
  ...frozenZh,
  ...projectsZh,
  ...flagsZh,
  ...portfolioZh,
  ...unitZh,
  ...agencyZh,
  ...performanceZh,
  ...quarterlyZh,
  ...governmentEvaluationZh,
  ...biZh,
  ...screenZh,
  ...workZh,
  ...exanteZh,
  ...targetsZh,
  ...unitWideZh,
  ...monitoringZh,
  ...evaluationZh,
  ...resultsZh,
  ...supervisionZh,
  ...fundReviewZh,
  ...ratingsZh,
  ...checksZh,
  ...disclosureZh,
  ...countiesZh,
  ...importZh,
  ...authZh,
  ...adminZh,
  ...organisationZh,
  ...libraryZh,
  ...reportsZh,
} as const;

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;

export const en: Messages = {
  ...appEn,
  ...overviewEn,
  ...rankingsEn,
  ...frozenEn,
  ...projectsEn,
  ...flagsEn,
  ...portfolioEn,
  ...unitEn,
  ...agencyEn,
  ...performanceEn,
  ...quarterlyEn,
  ...governmentEvaluationEn,
  ...biEn,
  ...screenEn,
  ...workEn,
  ...exanteEn,
  ...targetsEn,
  ...unitWideEn,
  ...monitoringEn,
  ...evaluationEn,
  ...resultsEn,
  ...supervisionEn,
  ...fundReviewEn,
  ...ratingsEn,
  ...checksEn,
  ...disclosureEn,
  ...countiesEn,
  ...importEn,
  ...authEn,
  ...adminEn,
  ...organisationEn,
  ...libraryEn,
  ...reportsEn,
};
