import { AGENCIES, REGIONS, SECTIONS, UNITS } from './county-actors.js';
import { COMMON_LIBRARY, SECTOR_LIBRARY } from './indicator-library.js';
import { countyId, prefectureId, provinceId, RULES, type DemoCounty, type Row } from './demo-context.js';

/** The demo's expert library: name, field, organisation, the units (codes) each must not review. */
const DEMO_EXPERTS: [string, string, string, string[]][] = [
  ['王建华', '财务会计', '新疆财经大学', []],
  ['李秀兰', '教育', '巴州教育研究院', ['jyj']],
  ['张立军', '农业农村', '巴州农业科学研究所', []],
  ['刘海燕', '财政预算', '尉犁县审计局', ['sjj']],
  ['陈志强', '工程造价', '新疆建设工程造价协会', []],
  ['杨晓梅', '卫生健康', '巴州人民医院', ['wjw']],
  ['赵文斌', '社会保障', '巴州社会科学院', []],
  ['周国庆', '绩效管理', '新疆大学经济与管理学院', []],
];

/** The county's organisation, rule sets, the province's indicator library and the users with their BI token. */
export function setupCounty(county: DemoCounty, biToken: { hash: string; prefix: string }) {
  // --- Regions, sections, units, agencies, rules ---------------------------------------------------
  let path = '/';
  let parentId: number | null = null;
  for (const r of REGIONS) {
    const id = county.nextId('region');
    path = `${path}${id}/`;
    county.add('region', {
      id,
      parent_id: parentId,
      code: r.code,
      name: r.name,
      name_en: r.nameEn,
      level: r.level,
      path,
    });
    parentId = id;
  }
  for (const s of SECTIONS) {
    county.sectionId.set(
      s.code,
      county.add('section', {
        region_id: countyId,
        code: s.code,
        name: s.name,
        kind: s.kind,
        owned_fund_family: s.ownedFundFamily ?? null,
      }),
    );
  }
  county.units = UNITS.map((u) => {
    const id = county.add('unit', {
      region_id: countyId,
      code: u.slug,
      name: u.name,
      supervising_section_id: county.sectionId.get(u.section)!,
      classified: !!u.classified,
    });
    return { ...u, id };
  });
  county.agencies = AGENCIES.map((a) => ({
    ...a,
    id: county.add('agency', { region_id: countyId, code: a.slug, name: a.name, credit_code: a.creditCode }),
  }));
  // The expert library (专家库): enough experts for every panel, two of them conflicted with units they work for.
  const unitIdOf = (slug: string) => county.units.find((u) => u.slug === slug)!.id;
  for (const [name, field, organisation, conflicts] of DEMO_EXPERTS) {
    const expertId = county.add('expert', {
      region_id: countyId,
      name,
      field,
      organisation,
      contact: '',
      active: true,
      version: 1,
    });
    for (const slug of conflicts) county.add('expert_conflict', { expert_id: expertId, unit_id: unitIdOf(slug) });
  }
  // From mid-October the next year is opened for its budget preparation (its rules, its projects' targets).
  for (let year = 2022; year <= Math.max(2024, county.liveYear) + (county.preparing ? 1 : 0); year++) {
    county.add('rule_set', { region_id: countyId, year, rules: JSON.stringify(RULES) });
  }

  // --- Indicator library: the province's, used by every region below it ------------------------------
  for (const [library, groups] of [
    ['COMMON', COMMON_LIBRARY],
    ['SECTOR', SECTOR_LIBRARY],
  ] as const) {
    for (const g of groups) {
      const groupId = county.add('indicator_group', { library, code: g.code, name: g.name, name_en: g.nameEn });
      county.templatesByGroup.set(
        g.code,
        g.indicators.map((t) => {
          const id = county.add('indicator_template', {
            region_id: provinceId,
            group_id: groupId,
            code: t.code,
            level1: t.level1,
            level2: t.level2,
            name: t.name,
            comparator: t.comparator,
            unit_of_measure: t.unit,
            reference_value: t.referenceValue,
            quantitative: t.quantitative,
          });
          return { ...t, id };
        }),
      );
    }
  }

  // --- Users -----------------------------------------------------------------------------------------
  const user = (username: string, displayName: string, role: string, extra: Row = {}) =>
    county.add('app_user', {
      username,
      password_hash: county.passwordHash,
      display_name: displayName,
      role,
      region_id: countyId,
      section_id: null,
      unit_id: null,
      agency_id: null,
      active: true,
      ...extra,
    });
  const leaderId = user('leader', '李志刚（县人民政府副县长）', 'LEADERSHIP');
  county.pesUserId = user('pes', '王丽娟（预算绩效评价科）', 'PERFORMANCE', {
    section_id: county.sectionId.get('pes'),
  });
  user('budget', '陈海涛（预算科）', 'BUDGET', { section_id: county.sectionId.get('budget') });
  for (const s of SECTIONS.filter((s) => s.kind === 'BUSINESS' || s.kind === 'FUND')) {
    user(s.code, `${s.name}科长`, s.kind === 'BUSINESS' ? 'BUSINESS_SECTION' : 'FUND_SECTION', {
      section_id: county.sectionId.get(s.code),
    });
  }
  for (const u of county.units)
    county.unitUserId.set(u.id, user(`unit-${u.slug}`, `${u.name}绩效联络员`, 'UNIT', { unit_id: u.id }));
  for (const a of county.agencies) user(`agency-${a.slug}`, `${a.name}项目负责人`, 'AGENCY', { agency_id: a.id });
  user('prefecture', '巴音郭楞蒙古自治州财政局绩效科', 'UPPER_LEVEL', { region_id: prefectureId });
  county.add('api_token', {
    user_id: leaderId,
    name: '演示 BI 令牌 / Demo BI token',
    token_hash: biToken.hash,
    prefix: biToken.prefix,
  });
}
