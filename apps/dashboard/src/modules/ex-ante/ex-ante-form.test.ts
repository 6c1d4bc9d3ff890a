import { describe, expect, it } from 'vitest';
import {
  addAttachment,
  agencyVariables,
  canFile,
  canSendToAgency,
  charCount,
  conclusionVariables,
  consequenceOf,
  draftOf,
  EMPTY_EX_ANTE,
  exAnteStage,
  exAnteVariables,
  newProjects,
  parseScore,
  removeAttachment,
  sendVariables,
  stageTone,
} from './ex-ante-form';

describe('the ex-ante filing', () => {
  const draft = {
    necessity: ' 全县图书馆数字化覆盖率低，群众需求迫切。 ',
    feasibility: '已有实施方案和专人负责，年内可完成。',
    targetReasonableness: '目标与产出匹配，指标均可量化考核。',
    fundingPlan: '按设备清单测算，县级财政一次性安排。 ',
    attachmentNames: ['可行性研究报告.pdf', ' 资金测算表.xlsx '],
  };

  it('sends the arguments trimmed, the attachment names, and no version on a first filing', () => {
    expect(exAnteVariables('p1', draft, undefined)).toEqual({
      projectId: 'p1',
      version: null,
      input: {
        necessity: '全县图书馆数字化覆盖率低，群众需求迫切。',
        feasibility: '已有实施方案和专人负责，年内可完成。',
        targetReasonableness: '目标与产出匹配，指标均可量化考核。',
        fundingPlan: '按设备清单测算，县级财政一次性安排。',
        attachmentNames: ['可行性研究报告.pdf', '资金测算表.xlsx'],
      },
    });
  });

  it('sends the version of the draft it refiles', () => {
    expect(exAnteVariables('p1', draft, 3).version).toBe(3);
  });

  it('leaves short arguments to the server, which names the field', () => {
    expect(exAnteVariables('p1', { ...draft, necessity: '太短' }, null).input.necessity).toBe('太短');
  });

  it('starts from a draft’s text, and from nothing once the assessment has left the unit', () => {
    const saved = { ...draft, status: 'DRAFT', attachmentNames: ['a.pdf'] };
    expect(draftOf(saved)).toEqual({ ...draft, attachmentNames: ['a.pdf'] });
    expect(draftOf({ ...saved, status: 'SUBMITTED' })).toEqual(EMPTY_EX_ANTE);
    expect(draftOf(null)).toEqual(EMPTY_EX_ANTE);
  });

  it('does not share the empty draft’s attachment list between forms', () => {
    const a = draftOf(null);
    a.attachmentNames.push('x');
    expect(draftOf(null).attachmentNames).toEqual([]);
    expect(EMPTY_EX_ANTE.attachmentNames).toEqual([]);
  });

  it('counts characters as read, a Chinese character as one', () => {
    expect(charCount(' 立项必要性 ')).toBe(5);
    expect(charCount('need it')).toBe(7);
    expect(charCount('𠮷野家')).toBe(3);
  });

  it('adds attachment names once, ignoring blanks, and removes by position', () => {
    const one = addAttachment([], '  实施  方案.docx ');
    expect(one).toEqual({ list: ['实施 方案.docx'], outcome: 'added' });
    expect(addAttachment(one.list, '实施 方案.docx')).toEqual({ list: ['实施 方案.docx'], outcome: 'duplicate' });
    expect(addAttachment(one.list, '   ')).toEqual({ list: ['实施 方案.docx'], outcome: 'blank' });
    const two = addAttachment(one.list, '预算表.xlsx').list;
    expect(removeAttachment(two, 0)).toEqual(['预算表.xlsx']);
    expect(two).toHaveLength(2);
  });
});

describe('the stages of an assessment', () => {
  it.each([
    [null, 'NONE', 'none', true],
    [{ status: 'DRAFT' }, 'DRAFT', 'none', true],
    [{ status: 'SUBMITTED' }, 'SUBMITTED', 'submitted', false],
    [{ status: 'FIRST_REVIEWED' }, 'FIRST_REVIEWED', 'reviewed', false],
    [{ status: 'AGENCY_REVIEW' }, 'AGENCY_REVIEW', 'reviewed', false],
    [{ status: 'AGENCY_REVIEWED' }, 'AGENCY_REVIEWED', 'reviewed', false],
    [{ status: 'CONCLUDED' }, 'CONCLUDED', 'confirmed', false],
  ] as const)('%j is %s', (assessment, stage, tone, fileable) => {
    expect(exAnteStage(assessment)).toBe(stage);
    expect(stageTone(exAnteStage(assessment))).toBe(tone);
    expect(canFile(exAnteStage(assessment))).toBe(fileable);
  });

  it('tells the unit what the conclusion means for the money', () => {
    expect(consequenceOf({ status: 'CONCLUDED', conclusion: 'SUPPORT' })).toBe('SUPPORT');
    expect(consequenceOf({ status: 'CONCLUDED', conclusion: 'NO_SUPPORT' })).toBe('NO_SUPPORT');
    expect(consequenceOf({ status: 'CONCLUDED', conclusion: 'PARTIAL_SUPPORT' })).toBe('PARTIAL_SUPPORT');
    expect(consequenceOf({ status: 'AGENCY_REVIEWED', conclusion: null })).toBe('pending');
    expect(consequenceOf(null)).toBe('pending');
  });

  it('offers an agency only for first-reviewed assessments over the threshold', () => {
    expect(canSendToAgency({ status: 'FIRST_REVIEWED', reassessmentEligible: true })).toBe(true);
    expect(canSendToAgency({ status: 'FIRST_REVIEWED', reassessmentEligible: false })).toBe(false);
    expect(canSendToAgency({ status: 'AGENCY_REVIEWED', reassessmentEligible: true })).toBe(false);
    expect(canSendToAgency({ status: 'SUBMITTED', reassessmentEligible: true })).toBe(false);
  });

  it('lists only the new projects, by year then code', () => {
    const rows = newProjects(
      [
        { kind: 'RECURRING', year: 2024, code: '2024-tsg-001' },
        { kind: 'NEW', year: 2024, code: '2024-tsg-003' },
      ],
      [
        { kind: 'NEW', year: 2025, code: '2025-tsg-001' },
        { kind: 'NEW', year: 2024, code: '2024-tsg-002' },
        { kind: 'ONE_OFF', year: 2025, code: '2025-tsg-002' },
      ],
    );
    expect(rows.map((r) => r.code)).toEqual(['2024-tsg-002', '2024-tsg-003', '2025-tsg-001']);
  });
});

describe('the decisions', () => {
  it('reads a score as a number and leaves its range to the server', () => {
    expect(parseScore(' 88.5 ')).toBe(88.5);
    expect(parseScore('120')).toBe(120);
    expect(parseScore('-3')).toBe(-3);
    expect(parseScore('八十')).toBeNull();
    expect(parseScore('')).toBeNull();
    expect(parseScore('8 5')).toBeNull();
  });

  it('concludes with a score and a conclusion, or names what is missing', () => {
    expect(conclusionVariables('p1', 4, { score: '92', conclusion: 'SUPPORT' }, 'zh')).toEqual({
      variables: { projectId: 'p1', version: 4, score: 92, conclusion: 'SUPPORT' },
      fields: null,
    });
    expect(conclusionVariables('p1', 4, { score: 'abc', conclusion: '' }, 'en')).toEqual({
      variables: null,
      fields: { score: 'enter a score from 0 to 100', conclusion: 'choose a conclusion' },
    });
    expect(conclusionVariables('p1', 4, { score: '80', conclusion: '' }, 'zh').fields).toEqual({
      conclusion: '请选择结论',
    });
  });

  it('sends the agency’s conclusion with its opinion trimmed', () => {
    expect(
      agencyVariables('p1', 6, { conclusion: 'PARTIAL_SUPPORT', opinion: ' 资金测算偏高，建议压减。 ' }, 'zh'),
    ).toEqual({
      variables: { projectId: 'p1', version: 6, conclusion: 'PARTIAL_SUPPORT', opinion: '资金测算偏高，建议压减。' },
      fields: null,
    });
    expect(agencyVariables('p1', 6, { conclusion: '', opinion: 'x' }, 'en').fields).toEqual({
      conclusion: 'choose a conclusion',
    });
  });

  it('sends to the agency chosen, or asks for one', () => {
    expect(sendVariables('p1', 5, 'QWdlbmN5OjE', 'zh')).toEqual({
      variables: { projectId: 'p1', version: 5, agencyId: 'QWdlbmN5OjE' },
      fields: null,
    });
    expect(sendVariables('p1', 5, '', 'zh').fields).toEqual({ agencyId: '请选择机构' });
  });
});
