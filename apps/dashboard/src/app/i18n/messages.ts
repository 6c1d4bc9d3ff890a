// The dashboard's words. Simplified Chinese is the reference; English must have every key (the type
// checks it). Placeholders are written {name} and filled by `translate`. Each feature keeps its words
// beside it (modules/<view>/messages.ts); this file joins them.
import { overviewEn, overviewZh } from '../../modules/overview/messages';

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
  'error.network': '无法连接服务器，请检查网络后重试',
  'error.unknown': '发生未知错误',
  'language.label': '语言',
  'language.zh': '中文',
  'language.en': 'English',
  'header.scope': '数据范围',
  'header.logout': '退出登录',
  'header.nav.overview': '领导驾驶舱',
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
  'error.network': 'Cannot reach the server; check the network and retry',
  'error.unknown': 'Something went wrong',
  'language.label': 'Language',
  'language.zh': '中文',
  'language.en': 'English',
  'header.scope': 'Scope',
  'header.logout': 'Log out',
  'header.nav.overview': 'Leadership overview',
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

export const zh = { ...appZh, ...overviewZh } as const;

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;

export const en: Messages = { ...appEn, ...overviewEn };
