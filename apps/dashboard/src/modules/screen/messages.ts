export const screenZh = {
  'screen.title': '预算绩效管理驾驶舱 · {year} 年',
  'screen.clock': '当前时间',
  'screen.refreshedAt': '数据更新于 {time}',
  'screen.refresh': '自动刷新',
  'screen.refreshOff': '不刷新',
  'screen.seconds': '每 {n} 秒',
  'screen.minutes': '每 {n} 分钟',
  'screen.exit': '退出大屏',
} as const;

export const screenEn: Record<keyof typeof screenZh, string> = {
  'screen.title': 'Budget performance cockpit · {year}',
  'screen.clock': 'Time now',
  'screen.refreshedAt': 'data of {time}',
  'screen.refresh': 'Refresh',
  'screen.refreshOff': 'Off',
  'screen.seconds': 'every {n} s',
  'screen.minutes': 'every {n} min',
  'screen.exit': 'Leave big screen',
};
