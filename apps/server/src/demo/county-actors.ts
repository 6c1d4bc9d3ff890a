import type { FundFamily } from '@jixiao/schema/enums';

// The actors of the demo county (尉犁县, Bayingolin Mongol Autonomous Prefecture, Xinjiang).
// Codes double as readable login names.

export const REGIONS = [
  { code: '650000', name: '新疆维吾尔自治区', nameEn: 'Xinjiang Uygur Autonomous Region', level: 'PROVINCE' },
  {
    code: '652800',
    name: '巴音郭楞蒙古自治州',
    nameEn: 'Bayingolin Mongol Autonomous Prefecture',
    level: 'PREFECTURE',
  },
  { code: '652823', name: '尉犁县', nameEn: 'Yuli County', level: 'COUNTY' },
] as const;

export interface DemoSection {
  code: string;
  name: string;
  kind: 'PERFORMANCE' | 'BUDGET' | 'BUSINESS' | 'FUND';
  ownedFundFamily?: FundFamily;
}

export const SECTIONS: DemoSection[] = [
  { code: 'pes', name: '预算绩效评价科', kind: 'PERFORMANCE' },
  { code: 'budget', name: '预算科', kind: 'BUDGET' },
  { code: 'sec-xzzf', name: '行政政法科', kind: 'BUSINESS' },
  { code: 'sec-jkw', name: '教科文科', kind: 'BUSINESS' },
  { code: 'sec-jjjs', name: '经济建设科', kind: 'BUSINESS' },
  { code: 'sec-nync', name: '农业农村科', kind: 'BUSINESS' },
  { code: 'sec-shbz', name: '社会保障科', kind: 'BUSINESS' },
  { code: 'sec-sbjj', name: '社保基金管理科', kind: 'FUND', ownedFundFamily: 'SOCIAL_INSURANCE' },
  { code: 'sec-qy', name: '企业科', kind: 'FUND', ownedFundFamily: 'STATE_CAPITAL' },
  { code: 'sec-zw', name: '债务科', kind: 'FUND', ownedFundFamily: 'SPECIAL_BOND' },
  { code: 'sec-xc', name: '乡财科', kind: 'FUND', ownedFundFamily: 'RURAL_REVITALIZATION' },
];

/** Which sector library a unit's projects draw their indicators and names from. */
export type Sector =
  | 'admin'
  | 'justice'
  | 'education'
  | 'health'
  | 'culture'
  | 'media'
  | 'economy'
  | 'housing'
  | 'transport'
  | 'resources'
  | 'environment'
  | 'industry'
  | 'commerce'
  | 'market'
  | 'emergency'
  | 'agriculture'
  | 'water'
  | 'forestry'
  | 'rural'
  | 'town'
  | 'civil'
  | 'social';

export interface DemoUnit {
  slug: string;
  name: string;
  section: string;
  sector: Sector;
  classified?: boolean;
}

const u = (slug: string, name: string, section: string, sector: Sector, classified = false): DemoUnit => ({
  slug,
  name,
  section,
  sector,
  classified,
});

export const UNITS: DemoUnit[] = [
  u('xwb', '中共尉犁县委员会办公室', 'sec-xzzf', 'admin'),
  u('rdb', '尉犁县人大常委会办公室', 'sec-xzzf', 'admin'),
  u('zfb', '尉犁县人民政府办公室', 'sec-xzzf', 'admin'),
  u('zxb', '政协尉犁县委员会办公室', 'sec-xzzf', 'admin'),
  u('jw', '中共尉犁县纪律检查委员会（县监察委员会）', 'sec-xzzf', 'admin'),
  u('zzb', '中共尉犁县委组织部', 'sec-xzzf', 'admin'),
  u('xcb', '中共尉犁县委宣传部', 'sec-xzzf', 'media'),
  u('tzb', '中共尉犁县委统战部', 'sec-xzzf', 'admin'),
  u('zfw', '中共尉犁县委政法委员会', 'sec-xzzf', 'justice', true),
  u('gaj', '尉犁县公安局', 'sec-xzzf', 'justice', true),
  u('fy', '尉犁县人民法院', 'sec-xzzf', 'justice', true),
  u('jcy', '尉犁县人民检察院', 'sec-xzzf', 'justice', true),
  u('rwb', '尉犁县人民武装部', 'sec-xzzf', 'justice', true),
  u('jyb', '中共尉犁县委机要保密局', 'sec-xzzf', 'admin', true),
  u('sfj', '尉犁县司法局', 'sec-xzzf', 'justice'),
  u('sjj', '尉犁县审计局', 'sec-xzzf', 'admin'),
  u('jyj', '尉犁县教育局', 'sec-jkw', 'education'),
  u('wjw', '尉犁县卫生健康委员会', 'sec-jkw', 'health'),
  u('wlj', '尉犁县文化体育广播电视和旅游局', 'sec-jkw', 'culture'),
  u('rmyy', '尉犁县人民医院', 'sec-jkw', 'health'),
  u('wyy', '尉犁县维吾尔医医院', 'sec-jkw', 'health'),
  u('jkzx', '尉犁县疾病预防控制中心', 'sec-jkw', 'health'),
  u('yz', '尉犁县第一中学', 'sec-jkw', 'education'),
  u('zjx', '尉犁县职业技术学校', 'sec-jkw', 'education'),
  u('rmt', '尉犁县融媒体中心', 'sec-jkw', 'media'),
  u('kx', '尉犁县科学技术协会', 'sec-jkw', 'culture'),
  u('tsg', '尉犁县图书馆', 'sec-jkw', 'culture'),
  u('fgw', '尉犁县发展和改革委员会', 'sec-jjjs', 'economy'),
  u('zjj', '尉犁县住房和城乡建设局', 'sec-jjjs', 'housing'),
  u('jtj', '尉犁县交通运输局', 'sec-jjjs', 'transport'),
  u('zrj', '尉犁县自然资源局', 'sec-jjjs', 'resources'),
  u('hbj', '巴音郭楞蒙古自治州生态环境局尉犁县分局', 'sec-jjjs', 'environment'),
  u('gxj', '尉犁县工业和信息化局', 'sec-jjjs', 'industry'),
  u('swj', '尉犁县商务局', 'sec-jjjs', 'commerce'),
  u('scj', '尉犁县市场监督管理局', 'sec-jjjs', 'market'),
  u('yjj', '尉犁县应急管理局', 'sec-jjjs', 'emergency'),
  u('cgj', '尉犁县城市管理局', 'sec-jjjs', 'housing'),
  u('xfd', '尉犁县消防救援大队', 'sec-jjjs', 'emergency'),
  u('nyj', '尉犁县农业农村局', 'sec-nync', 'agriculture'),
  u('slj', '尉犁县水利局', 'sec-nync', 'water'),
  u('lcj', '尉犁县林业和草原局', 'sec-nync', 'forestry'),
  u('xzj', '尉犁县乡村振兴局', 'sec-nync', 'rural'),
  u('xmz', '尉犁县畜牧兽医发展中心', 'sec-nync', 'agriculture'),
  u('njz', '尉犁县农业技术推广中心', 'sec-nync', 'agriculture'),
  u('ylz', '尉犁镇人民政府', 'sec-nync', 'town'),
  u('xpz', '兴平镇人民政府', 'sec-nync', 'town'),
  u('tjz', '团结镇人民政府', 'sec-nync', 'town'),
  u('tlmx', '塔里木乡人民政府', 'sec-nync', 'town'),
  u('glbgx', '古勒巴格乡人民政府', 'sec-nync', 'town'),
  u('dktx', '墩阔坦乡人民政府', 'sec-nync', 'town'),
  u('keqgx', '喀尔曲尕乡人民政府', 'sec-nync', 'town'),
  u('akspx', '阿克苏普乡人民政府', 'sec-nync', 'town'),
  u('mzj', '尉犁县民政局', 'sec-shbz', 'civil'),
  u('rsj', '尉犁县人力资源和社会保障局', 'sec-shbz', 'social'),
  u('ybj', '尉犁县医疗保障局', 'sec-shbz', 'social'),
  u('tyj', '尉犁县退役军人事务局', 'sec-shbz', 'civil'),
  u('clh', '尉犁县残疾人联合会', 'sec-shbz', 'civil'),
  u('sbzx', '尉犁县社会保险事业管理中心', 'sec-shbz', 'social'),
];

export const AGENCIES = [
  { slug: 'xinhe', name: '新疆信和会计师事务所有限公司', creditCode: '91650100MA776XH21K' },
  { slug: 'tianzheng', name: '巴州天正工程咨询有限公司', creditCode: '91652801MA78TZ0Q3P' },
  { slug: 'zhongxinda', name: '新疆中信达资产评估有限责任公司', creditCode: '91650102MA77ZXD45R' },
  { slug: 'huaxia', name: '新疆华夏绩效管理咨询有限公司', creditCode: '91650104MA79HXJ08M' },
  { slug: 'hengxin', name: '库尔勒恒信税务师事务所有限公司', creditCode: '91652801MA7AHX6C2T' },
  { slug: 'lixin', name: '新疆立信财务咨询有限公司', creditCode: '91650103MA78LXC93W' },
];

/** Project name stems by sector; the year and a place are put in front. */
export const PROJECT_STEMS: Record<Sector, string[]> = {
  admin: [
    '机关运行保障经费',
    '信息化办公系统运维',
    '档案数字化建设',
    '会议及培训经费',
    '政务服务能力提升',
    '办公楼维修改造',
    '公务用车运行维护',
    '干部教育培训经费',
  ],
  justice: [
    '平安建设专项经费',
    '社会治安综合治理',
    '法律援助服务',
    '执法办案装备购置',
    '人民调解工作经费',
    '社区矫正工作经费',
    '视频监控系统运维',
    '民兵训练保障经费',
  ],
  education: [
    '义务教育阶段公用经费补助',
    '学生营养改善计划',
    '校舍维修改造',
    '教师培训专项经费',
    '学前教育保教费补助',
    '普通高中助学金',
    '中等职业教育免学费补助',
    '教学设备购置',
    '寄宿制学校运行保障',
  ],
  health: [
    '基本公共卫生服务补助',
    '全民健康体检',
    '医疗设备购置',
    '基层医疗卫生机构能力提升',
    '重大传染病防控经费',
    '家庭医生签约服务',
    '孕产妇及儿童保健',
    '医共体信息化建设',
  ],
  culture: [
    '公共文化服务体系建设',
    '乡村文化活动经费',
    '全民健身设施维护',
    '罗布人村寨旅游宣传推介',
    '文物保护修缮',
    '图书资料购置',
    '科普宣传活动经费',
  ],
  media: ['融媒体平台运维', '新闻宣传专项经费', '应急广播系统维护', '主题宣传活动经费', '广播电视户户通维护'],
  economy: ['重点项目前期工作经费', '粮食储备管理经费', '价格监测专项经费', '以工代赈项目', '招商引资专项经费'],
  housing: [
    '老旧小区改造',
    '城市道路维修养护',
    '城区供排水管网改造',
    '保障性住房维修',
    '城区绿化养护',
    '环卫保洁服务购买',
    '市政路灯维护',
  ],
  transport: ['农村公路养护', '乡道安全生命防护工程', '县乡公路建设', '农村客运补贴', '桥梁维修加固'],
  resources: ['国土空间规划编制', '不动产登记信息化', '耕地保护补偿', '地质灾害隐患排查', '土地整治项目'],
  environment: ['大气污染防治', '农村人居环境整治', '塔里木河生态环境监测', '饮用水水源地保护', '固体废物处置'],
  industry: ['工业园区基础设施维护', '中小企业发展专项', '棉纺产业扶持资金', '数字经济发展专项'],
  commerce: ['电子商务进农村综合示范', '县域商业体系建设', '外贸企业扶持资金', '农产品市场流通补贴'],
  market: ['食品安全抽检经费', '特种设备安全检验', '市场主体培育专项', '计量检定设备购置'],
  emergency: ['应急物资储备', '森林草原防灭火经费', '安全生产监管专项', '消防装备购置', '救灾资金'],
  agriculture: [
    '高标准农田建设',
    '棉花目标价格补贴',
    '动物疫病防控',
    '农机购置补贴',
    '耕地地力保护补贴',
    '良种推广补助',
    '农业技术推广服务',
    '畜牧良种补贴',
  ],
  water: [
    '农田水利设施维修',
    '塔里木河下游生态输水',
    '农村饮水安全巩固提升',
    '防汛抗旱经费',
    '水资源监测设施建设',
    '渠系防渗改造',
  ],
  forestry: [
    '胡杨林保护管护',
    '草原生态保护补助奖励',
    '退耕还林补助',
    '林业有害生物防治',
    '国土绿化建设',
    '护林员管护补助',
  ],
  rural: [
    '衔接资金产业发展',
    '脱贫人口小额信贷贴息',
    '防止返贫监测帮扶',
    '雨露计划职业教育补助',
    '村集体经济发展项目',
    '庭院经济发展补助',
  ],
  town: ['村级组织运转经费', '乡村道路硬化', '人居环境整治', '村级活动场所维修', '农村厕所改造', '便民服务中心运行'],
  civil: [
    '城乡低保资金',
    '特困人员救助供养',
    '临时救助资金',
    '养老服务体系建设',
    '残疾人两项补贴',
    '优抚对象抚恤补助',
    '困境儿童保障',
  ],
  social: [
    '就业创业补贴',
    '职业技能培训补贴',
    '城乡居民基本养老保险补助',
    '城乡居民医疗保险补助',
    '公益性岗位补贴',
    '社保经办服务能力提升',
  ],
};

/** Which sector library group (indicator-library.ts codes) suits each unit sector. */
export const SECTOR_LIBRARY_GROUP: Record<Sector, string> = {
  admin: 'C10',
  justice: 'S10',
  education: 'S01',
  health: 'S02',
  culture: 'S09',
  media: 'C08',
  economy: 'C09',
  housing: 'S06',
  transport: 'S05',
  resources: 'S12',
  environment: 'S07',
  industry: 'S18',
  commerce: 'S16',
  market: 'S13',
  emergency: 'S17',
  agriculture: 'S03',
  water: 'S04',
  forestry: 'S11',
  rural: 'S15',
  town: 'S15',
  civil: 'S14',
  social: 'S08',
};
