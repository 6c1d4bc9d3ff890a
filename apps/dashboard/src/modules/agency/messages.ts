export const agencyZh = {
  'agency.title': '本机构',
  'agency.subtitle': '统一社会信用代码 {code}',
  'agency.latestRating': '最近一次信用评级',
  'agency.ratings': '历年信用评级',
  'agency.ratingsSub': '按评分规则加权的四项得分',
  'agency.ratingTable': '评级明细',
  'agency.noRatings': '暂无评级',
  'agency.evaluations': '受托评价项目',
  'agency.evaluationCount': '共 {count} 项',
  'agency.noEvaluations': '暂无受托评价',
  'agency.evaluationsFile': '受托评价',
} as const;

export const agencyEn: Record<keyof typeof agencyZh, string> = {
  'agency.title': 'My agency',
  'agency.subtitle': 'Unified social credit code {code}',
  'agency.latestRating': 'Latest credit rating',
  'agency.ratings': 'Credit ratings by year',
  'agency.ratingsSub': 'the four components, weighted as the rules weigh them',
  'agency.ratingTable': 'Rating details',
  'agency.noRatings': 'No rating yet',
  'agency.evaluations': 'Evaluations assigned',
  'agency.evaluationCount': '{count} evaluations',
  'agency.noEvaluations': 'No evaluation assigned',
  'agency.evaluationsFile': 'assigned-evaluations',
};
