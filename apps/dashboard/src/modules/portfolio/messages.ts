export const portfolioZh = {
  'portfolio.title': '{section}项目组合',
  'portfolio.tabs': '项目组合视图',
  'portfolio.tab.overview': '概览',
  'portfolio.tab.projects': '项目清单',
  'portfolio.tab.flags': '预警台账',
  'portfolio.projects': '项目清单',
  'portfolio.flags': '{year} 年度预警台账',
} as const;

export const portfolioEn: Record<keyof typeof portfolioZh, string> = {
  'portfolio.title': 'Portfolio of {section}',
  'portfolio.tabs': 'Portfolio views',
  'portfolio.tab.overview': 'Overview',
  'portfolio.tab.projects': 'Projects',
  'portfolio.tab.flags': 'Flag ledger',
  'portfolio.projects': 'Projects',
  'portfolio.flags': 'Flag ledger of {year}',
};
