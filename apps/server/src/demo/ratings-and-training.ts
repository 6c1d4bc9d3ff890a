import { agencyRating } from '../rules/agency-rating.js';
import { countyId, DEMO_TARGETS, RULES, type DemoCounty } from './demo-context.js';

/** The agencies' ratings of 2022 and 2023 and the 2023 training sessions. */
export function rateAgenciesAndTrain(county: DemoCounty) {
  const t23 = DEMO_TARGETS.y2023;
  const COMPONENTS: Record<number, [number, number, number, number][]> = {
    2022: [
      [93, 90, 91, 95],
      [86, 88, 85, 90],
      [84, 80, 82, 85],
      [76, 74, 72, 80],
      [72, 66, 70, 74],
      [65, 58, 60, 66],
    ],
    2023: [
      [95, 93, 92, 96],
      [88, 91, 90, 94],
      [85, 82, 80, 86],
      [80, 78, 75, 82],
      [70, 68, 72, 75],
      [60, 52, 55, 62],
    ],
  };
  for (const [year, comps] of Object.entries(COMPONENTS)) {
    comps.forEach(([quantity, quality, effect, satisfaction], i) => {
      const r = agencyRating({ quantity, quality, effect, satisfaction }, RULES.agencyRating);
      county.add('agency_rating', {
        agency_id: county.agencies[i]!.id,
        year: Number(year),
        quantity: `${quantity}.00`,
        quality: `${quality}.00`,
        effect: `${effect}.00`,
        satisfaction: `${satisfaction}.00`,
        score: r.score,
        rating: r.rating,
        published: true,
        version: 1,
      });
    });
  }
  const TRAINING = [
    '预算绩效管理政策解读',
    '绩效目标编制实务',
    '事前绩效评估操作培训',
    '绩效运行监控培训',
    '项目支出绩效自评培训',
    '部门整体绩效评价培训',
    '第三方机构执业规范培训',
  ];
  t23.training.forEach((attendance, i) => {
    county.add('training_session', {
      region_id: countyId,
      year: 2023,
      held_on: `2023-${String(2 + i).padStart(2, '0')}-1${i % 9}`,
      title: TRAINING[i],
      attendance,
      agency_id: county.agencies[i % 4]!.id,
    });
  });
}
