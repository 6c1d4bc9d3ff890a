import { yuanPlain } from '@jixiao/ui/format';
import type { FlagRowFragment } from '../../generated/graphql';
import type { ExportColumn } from '../../app/export/table-export';
import type { Lang, Translate } from '../../app/i18n/translate';
import { checkpointName } from '../../app/i18n/translate';
import { familyLabel, flagLabel } from '../projects';

export type FlagRow = FlagRowFragment;

/** Open and past its deadline: the rows a ledger highlights. */
export function isOverdue(flag: Pick<FlagRow, 'status' | 'daysOverdue'>): boolean {
  return flag.status === 'OPEN' && flag.daysOverdue > 0;
}

/** "5月底 → 8月底转红": where a flag was raised and where it turned red. */
export function raisedText(
  flag: { raisedAt?: { month: number } | null; escalatedAt?: { month: number } | null },
  t: Translate,
): string {
  const raised = flag.raisedAt ? checkpointName(t, flag.raisedAt.month) : '—';
  return flag.escalatedAt
    ? t('flags.escalatedAt', { raised, escalated: checkpointName(t, flag.escalatedAt.month) })
    : raised;
}

export function flagExportColumns(t: Translate, lang: Lang): ExportColumn<FlagRow>[] {
  return [
    { header: t('projects.col.code'), value: (f) => f.project?.code ?? '', width: 16 },
    { header: t('projects.col.name'), value: (f) => f.project?.name ?? '', width: 36 },
    { header: t('projects.col.unit'), value: (f) => f.project?.unit?.name ?? t('projects.classifiedUnit'), width: 28 },
    { header: t('flags.col.section'), value: (f) => f.project?.unit?.section?.name ?? '', width: 14 },
    {
      header: t('projects.col.fundFamily'),
      value: (f) => (f.project ? familyLabel(f.project.fundFamily, lang) : ''),
      width: 22,
    },
    { header: t('flags.col.level'), value: (f) => flagLabel(f.level, lang), width: 8 },
    { header: t('flags.col.raised'), value: (f) => `${f.raisedAt?.year ?? ''} ${raisedText(f, t)}`.trim(), width: 20 },
    { header: t('flags.col.deadline'), value: (f) => f.deadline, type: 'date', width: 12 },
    { header: t('flags.col.daysOverdue'), value: (f) => f.daysOverdue, type: 'count', width: 10 },
    {
      header: t('flags.col.status'),
      value: (f) => t(f.status === 'OPEN' ? 'flags.status.OPEN' : 'flags.status.CLOSED'),
      width: 10,
    },
    { header: t('flags.col.closedOn'), value: (f) => f.closedOn ?? '', type: 'date', width: 12 },
    { header: t('flags.col.owner'), value: (f) => f.ownerName, width: 12 },
    {
      header: t('flags.col.reductionYuan'),
      value: (f) => (f.proposedReduction ? yuanPlain(f.proposedReduction) : null),
      type: 'money',
      width: 16,
    },
  ];
}

export interface LedgerState {
  level: 'YELLOW' | 'RED' | null;
  status: 'OPEN' | 'CLOSED' | null;
  overdue: boolean;
}

export function parseLedgerState(params: URLSearchParams, defaults: Partial<LedgerState> = {}): LedgerState {
  const level = params.get('level');
  const status = params.get('status');
  return {
    level: level === 'YELLOW' || level === 'RED' ? level : null,
    status: status === 'OPEN' || status === 'CLOSED' ? status : status === 'all' ? null : (defaults.status ?? null),
    overdue: params.get('overdue') === '1',
  };
}
