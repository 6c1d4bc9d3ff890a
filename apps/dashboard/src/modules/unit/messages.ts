export const unitZh = {
  'unit.title': '本单位',
  'unit.subtitle': '对口科室：{section} · 单位编码 {code}',
  'unit.projects': '{year} 年度项目：绩效目标、监控结果、预警与等次',
  'unit.flags': '{year} 年度预警及整改期限',
  'unit.unitWide': '部门整体绩效评价',
  'unit.unitWideSub': '历年部门整体评价结果',
  'unit.unitWideEmpty': '暂无部门整体评价',
} as const;

export const unitEn: Record<keyof typeof unitZh, string> = {
  'unit.title': 'My unit',
  'unit.subtitle': 'Supervised by {section} · unit code {code}',
  'unit.projects': 'Projects of {year}: targets, checkpoint results, flags and grades',
  'unit.flags': 'Flags of {year} and their deadlines',
  'unit.unitWide': 'Unit-wide evaluations',
  'unit.unitWideSub': 'Results of every year',
  'unit.unitWideEmpty': 'No unit-wide evaluation yet',
};
