// The words of the agency ratings tab (第三方机构信用评级).
export const ratingsZh = {
  'ratings.title': '{year} 年度第三方机构信用评级',
  'ratings.subtitle': '数量、质量、效果由机构承担的评价自动计算，满意度由绩效科录入；计算后核对，再公布',
  'ratings.rules':
    '权重：数量 {quantity} · 质量 {quality} · 效果 {effect} · 满意度 {satisfaction}；A ≥ {A}，B ≥ {B}，C ≥ {C}，以下为 D',
  'ratings.howComputed':
    '数量＝完成评价数 ÷ 委托评价数；质量＝专家组采纳的问题数 ÷ 发现问题数（无问题为 100），每次返工扣 10 分；效果＝按期（次年 7 月 20 日前）完成数 ÷ 完成数',
  'ratings.empty': '本县还没有第三方机构',
  'ratings.agency': '机构',
  'ratings.satisfaction': '满意度',
  'ratings.satisfactionOf': '{agency} 的满意度（0–100）',
  'ratings.quantity': '数量',
  'ratings.quality': '质量',
  'ratings.effect': '效果',
  'ratings.score': '综合得分',
  'ratings.rating': '等级',
  'ratings.notComputed': '未计算',
  'ratings.state.none': '{year} 年度尚未计算',
  'ratings.state.computed': '已计算，待公布',
  'ratings.state.published': '已公布',
  'ratings.compute': '计算评级',
  'ratings.recompute': '重新计算',
  'ratings.computed': '已计算 {count} 家机构的 {year} 年度评级',
  'ratings.publish': '公布评级',
  'ratings.publishConfirm': '公布后评级对外公开，不能再重新计算。确定公布 {year} 年度 {count} 家机构的评级？',
  'ratings.publishYes': '确定公布',
  'ratings.published': '已公布 {count} 家机构的 {year} 年度评级',
  'ratings.publishedNote': '{year} 年度评级已公布，不能再修改满意度或重新计算',
  'ratings.satisfactionHint': '填写每家机构的满意度（0–100，最多两位小数），然后计算',
  'ratings.changed': '满意度已修改，请重新计算后再公布',
} as const;

export const ratingsEn: Record<keyof typeof ratingsZh, string> = {
  'ratings.title': 'Third-party agency credit ratings, {year}',
  'ratings.subtitle':
    'Quantity, quality and effect come from the evaluations each agency did; the performance section enters satisfaction. Compute, check, then publish',
  'ratings.rules':
    'Weights: quantity {quantity} · quality {quality} · effect {effect} · satisfaction {satisfaction}; A ≥ {A}, B ≥ {B}, C ≥ {C}, below is D',
  'ratings.howComputed':
    'Quantity = evaluations completed ÷ assigned; quality = findings upheld by the expert panel ÷ findings reported (100 without findings), less 10 points a rework; effect = completed on time (by 20 July of the next year) ÷ completed',
  'ratings.empty': 'The county has no third-party agency yet',
  'ratings.agency': 'Agency',
  'ratings.satisfaction': 'Satisfaction',
  'ratings.satisfactionOf': 'Satisfaction of {agency} (0–100)',
  'ratings.quantity': 'Quantity',
  'ratings.quality': 'Quality',
  'ratings.effect': 'Effect',
  'ratings.score': 'Score',
  'ratings.rating': 'Rating',
  'ratings.notComputed': 'Not computed',
  'ratings.state.none': 'Not computed for {year} yet',
  'ratings.state.computed': 'Computed, not published',
  'ratings.state.published': 'Published',
  'ratings.compute': 'Compute ratings',
  'ratings.recompute': 'Compute again',
  'ratings.computed': 'Rated {count} agencies for {year}',
  'ratings.publish': 'Publish ratings',
  'ratings.publishConfirm':
    'Once published the ratings are public and cannot be computed again. Publish the {year} ratings of {count} agencies?',
  'ratings.publishYes': 'Publish',
  'ratings.published': 'Published the {year} ratings of {count} agencies',
  'ratings.publishedNote':
    'The {year} ratings are published: satisfaction can no longer be changed nor the ratings computed again',
  'ratings.satisfactionHint': 'Enter each agency’s satisfaction (0–100, two decimals at most), then compute',
  'ratings.changed': 'Satisfaction changed: compute again before publishing',
};
