// The annual report's default text, written from the county's report on its 2023 work
// (shared/seed/county-budget-performance-report-2023-plan-2024.zh.txt): the same parts and numbering,
// every figure a placeholder. A section edits the titles and bodies; the parts and their order stay.

export interface ReportSectionDef {
  key: string;
  /** 0 the document's title, 1 a part (一、), 2 a point (（一）). */
  level: 0 | 1 | 2;
  title: string;
  body: string;
}

export const DEFAULT_SECTIONS: readonly ReportSectionDef[] = [
  {
    key: 'intro',
    level: 0,
    title: '{{regionName}}{{year}}年度预算绩效管理工作情况',
    body: '为推进财政科学化精细化管理，强化预算支出的责任和效率，提高财政资金使用效益，我县积极探索开展预算绩效管理工作新方式，加强整体绩效及项目全周期跟踪监控与评价，将绩效理念融入预算管理全过程，加快推进配套制度和实施细则建设，完善分行业、分领域、分层次的绩效指标体系，健全绩效评价结果反馈制度和问题整改责任制，推动财政资金实现更高水平的聚力提效。现将{{year}}年预算绩效管理工作情况报告如下：',
  },
  { key: 'work', level: 1, title: '一、预算绩效管理工作开展情况', body: '' },
  {
    key: 'system',
    level: 2,
    title: '（一）完善制度建设，压实主体责任。',
    body: '一是将预算绩效管理工作纳入年度绩效考核工作方案，逐步细化优化绩效管理考评体系，强化部门单位和资金使用部门“花钱必问效、无效必问责”的绩效管理约束。二是建立由财政局绩效科牵头、业务科室配合、第三方承担绩效培训、各部门单位具体执行，各方共同参与的预算绩效管理组织体系，对预算绩效管理工作进行任务分工，落实工作责任。三是完善工作机制和方案，制定{{year}}年全面实施预算绩效管理工作方案及台账，并在各阶段发送工作提示，开展专项培训{{training.sessions}}场，参与人数累计达{{training.attendance}}人。四是结合实际建立共性指标体系{{library.commonCategories}}类{{library.commonIndicators}}条三级指标，分行业分领域的核心绩效指标{{library.sectors}}个行业领域{{library.sectorIndicators}}条三级指标，绩效目标编制的合理性、规范性进一步提高。',
  },
  {
    key: 'targets',
    level: 2,
    title: '（二）力推事前评估，紧盯目标设置。',
    body: '一是持续提高预算绩效管理各相关方对“目标是预算安排前置条件”的认识，对新增重大政策和项目，充分论证政策设立必要程度、绩效目标合理性、政策项目可持续性等，将评估结果作为申请预算的必备要件和安排预算的重要参考依据，{{year}}年通过事前评估，我县新增{{targets.exAnteProjectCount}}个项目涉及资金{{targets.exAnteBudget|万}}万元。二是严把绩效目标精准关，强化目标管控。组织绩效目标会审，引入第三方咨询机构指导单位编细编准绩效目标，确保资金规模与绩效目标相匹配。{{year}}年度，全县共编制绩效目标项目{{targets.projectCount}}个，涉及资金达{{targets.budget|亿}}亿元；其中年初预算项目{{targets.annualBudgetProjectCount}}个，涉及资金{{targets.annualBudget|亿}}亿元；对{{targets.unitWideReviewedCount}}家部门整体绩效目标的完整性、相关性、适当性和可行性进行现场沟通、评议和审核，共退回单位修改绩效目标{{targets.unitWideReturnedCount}}个，完善相关问题{{targets.unitWideIssueCount}}处，有效提升了部门单位绩效目标管理水平。',
  },
  {
    key: 'monitoring',
    level: 2,
    title: '（三）强化绩效监控，建立跟踪机制。',
    body: '坚持将单位日常监控贯穿项目执行过程，{{year}}年实施的全部项目和部门整体的绩效目标纳入“双监控”范围内，及时对偏离目标情况进行预警纠偏，对影响财政资金使用的主要指标进行了日常跟踪监控，加强财政资金监管。截至{{year}}年{{checkpoint1.month}}月，监控项目总数为{{checkpoint1.projectCount}}个，涉及资金{{checkpoint1.budget|亿}}亿元，执行数{{checkpoint1.executed|亿}}亿元，执行率为{{checkpoint1.executionRate}}%。针对发现问题的项目，采取暂停资金拨付、调整项目用途、收回资金等方式倒逼预算单位整改落实。截至{{year}}年{{checkpoint2.month}}月，监控项目总数为{{checkpoint2.projectCount}}个，涉及资金{{checkpoint2.budget|亿}}亿元，执行数{{checkpoint2.executed|亿}}亿元，执行率达{{checkpoint2.executionRate}}%，资金使用效益明显提高。',
  },
  {
    key: 'evaluation',
    level: 2,
    title: '（四）优化评价机制，扩大评价范围。',
    body: '一是不断优化评价方式，采取部门评价和财政评价相结合的方式，评出“真”绩效、反映“真”情况。{{year}}年初，组织全县预算单位对{{evaluatedYear}}年度全部{{self.count}}个{{self.budget|亿}}亿元项目开展了项目支出绩效自评，填写项目支出绩效自评表，并选取其中的{{department.count}}个项目开展部门绩效评价，评价为“优”等次项目{{department.excellent}}个、占比{{department.excellentShare}}%；对除涉密单位外的{{unitWide.count}}家部门单位开展部门整体支出评价，评价“优”等次整体{{unitWide.excellent}}个、占比{{unitWide.excellentShare}}%。二是重点项目评价范围多元化。对{{evaluatedYear}}年重点项目、重大民生项目及覆盖面广、影响力大、社会关注度高的{{key.count}}个项目引入第三方机构进行现场核查，涉及金额{{key.budget|万:1}}万元，评价项目涵盖一般公共预算、政府性基金预算、政府购买服务、政府债券等多领域。第三方机构提出问题和建议{{key.findings}}条，预算绩效管理结果的客观性和可信度进一步增强。',
  },
  {
    key: 'results',
    level: 2,
    title: '（五）强化结果应用，提升使用效益。',
    body: '一是强化绩效评价结果应用，对{{evaluatedYear}}年度项目评价结果中评定为“中”的{{self.medium}}个、“差”的{{self.poor}}个项目进行通报，按规则建议压减下年度项目预算{{cuts.proposed|万}}万元，预算科确定压减{{cuts.accepted|万}}万元，并作为政府效能考核指标得分的计算依据。二是营造全员参与、全面推进的强大声势。{{year}}年度对项目支出{{checkpoint1.month}}月监控{{checkpoint1.yellowFlags}}个黄标项目，进行全县通报，建立台账并跟踪督办，限期销号，截至{{checkpoint2.month}}月已销号{{checkpoint2.closedFlags}}个。截至{{checkpoint2.month}}月，监控结果显示，仅有{{checkpoint2.escalatedToRed}}个项目未达标升级为红标，初次黄标项目{{checkpoint2.newYellowFlags}}个，较{{checkpoint1.month}}月监控明显减少。三是加强第三方机构执业质量监管，对{{agencies.count}}家第三方机构开展年度信用评价，评为A级{{agencies.A}}家、B级{{agencies.B}}家、C级{{agencies.C}}家、D级{{agencies.D}}家。',
  },
  {
    key: 'disclosure',
    level: 2,
    title: '（六）推进信息化建设，探索绩效改革创新。',
    body: '预算绩效管理信息系统运行正常，绩效目标、监控、评价等信息已全部纳入预算绩效管理上下级互联系统进行规范化管理。预算绩效信息公开力度不断加大，及时在政府网站财政专栏公开，严格按照预决算公开时限和要求，同步公开预算绩效目标、绩效评价、预算绩效管理工作开展情况等内容：公开{{year}}年度项目绩效目标{{disclosure.targetsPublished}}个，公开{{evaluatedYear}}年度绩效评价结果{{disclosure.evaluationsPublished}}个，做到预算绩效管理信息公开透明，受群众监督。',
  },
  {
    key: 'problems',
    level: 1,
    title: '二、存在的主要问题',
    body: '（一）预算绩效管理意识较为薄弱。\n预算单位实施预算绩效管理的主体责任发挥不到位，主要领导重视有待加强，“花钱必问效、无效必问责”的意识不够强，造成部分项目实施进度较慢、资金使用滞后等问题。\n（二）预算单位绩效自评质量较低。\n在部门整体绩效指标和项目绩效指标中，存在单位在绩效指标设置方面不够精准，设置指标往往比较容易完成，导致部门整体绩效自评和项目绩效评价得分普遍较高。',
  },
  {
    key: 'plan',
    level: 1,
    title: '三、下一步工作计划',
    body: '一是预算编制环节突出绩效导向。将绩效关口前移，严格绩效目标审核，对新出台重大政策、项目，结合预算评审、项目审批等开展事前绩效评估，评估结果作为申请预算的必备要件，防止“拍脑袋决策”，从源头上提高预算编制的科学性和精准性。\n二是预算执行环节加强绩效监控。按照“谁支出、谁负责”的原则，完善用款计划管理，对绩效目标实现程度和预算执行进度实行“双监控”，发现问题要分析原因并及时纠正，切实提高预算执行效率。\n三是全面开展绩效评价。加快实现政策和项目绩效自评全覆盖，如实反映绩效目标实现结果，逐步推动预算部门和单位开展整体绩效自评，提高部门履职效能和公共服务供给质量。建立健全重点绩效评价常态机制，对重大政策和项目定期组织开展重点绩效评价，不断创新评价方法，提高评价质量。\n四是强化绩效评价结果刚性约束。健全绩效评价结果反馈制度和绩效问题整改责任制，形成反馈、整改、提升绩效的良性循环。落实绩效评价结果与预算安排和政策调整挂钩机制，按照奖优罚劣的原则，对绩效好的政策和项目原则上优先保障，对绩效一般的政策和项目督促改进，对低效无效资金一律削减或取消，对长期沉淀的资金一律收回，并按照有关规定统筹用于亟需支持的领域。',
  },
];
