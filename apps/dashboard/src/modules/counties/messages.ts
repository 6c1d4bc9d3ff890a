// Words of the upper level's county views (issue 15 §3). Simplified Chinese is the reference.

export const countiesZh = {
  'county.picker': '县',
  'county.all': '全部县（{count} 个）',
  'county.subtitleAll': '{region}所辖 {count} 个县',
  'county.compare.title': '各县对比',
  'county.compare.subtitle':
    '{year} 年度预算：执行率（各县最后一个监控节点）、当前未销号预警；评价等次为 {evaluatedIn} 年开展的 {evaluated} 年度预算单位自评',
  'county.compare.empty': '暂无可对比的县',
  'county.compare.county': '县',
  'county.compare.projects': '项目数',
  'county.compare.budget': '预算',
  'county.compare.rate': '执行率',
  'county.compare.checkpoint': '节点',
  'county.compare.yellow': '黄标',
  'county.compare.red': '红标',
  'county.compare.grades': '优 / 良 / 中 / 差',
  'county.compare.open': '查看该县',
} as const;

export const countiesEn: Record<keyof typeof countiesZh, string> = {
  'county.picker': 'County',
  'county.all': 'All counties ({count})',
  'county.subtitleAll': 'counties of {region} ({count})',
  'county.compare.title': 'Counties side by side',
  'county.compare.subtitle':
    '{year} budget: execution rate (each county’s latest checkpoint), flags open today; grades: self-evaluations of the {evaluated} budget done in {evaluatedIn}',
  'county.compare.empty': 'No counties to compare',
  'county.compare.county': 'County',
  'county.compare.projects': 'Projects',
  'county.compare.budget': 'Budget',
  'county.compare.rate': 'Execution',
  'county.compare.checkpoint': 'Checkpoint',
  'county.compare.yellow': 'Yellow',
  'county.compare.red': 'Red',
  'county.compare.grades': 'Exc. / Good / Med. / Poor',
  'county.compare.open': 'Open this county',
};
