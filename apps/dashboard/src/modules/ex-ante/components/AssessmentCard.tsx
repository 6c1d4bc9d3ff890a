import type { ReactNode } from 'react';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { Link } from '../../../app/router/router';
import { workPath } from '../../work';
import { canSendToAgency, consequenceOf, EX_ANTE_ARGUMENTS } from '../ex-ante-form';
import { ConclusionBadge, projectLabel, StageBadge, type Assessment, type ExAnteProject } from './ExAnteBadges';

const FACTS_STYLE = { gridTemplateColumns: '140px minmax(0, 1fr)' } as const;
const PROSE_STYLE = { whiteSpace: 'pre-wrap' } as const;

function Fact({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

/** What the unit filed: the four arguments, the attachments, the date. */
function FilingView({ assessment }: { assessment: Assessment }) {
  const { t } = useI18n();
  return (
    <section data-testid="exante-filing">
      <h4 className="work-subheading">{t('exante.filing')}</h4>
      <dl className="flag-card__facts" style={FACTS_STYLE}>
        {EX_ANTE_ARGUMENTS.map((key) => (
          <Fact key={key} label={t(`exante.${key}` as MessageKey)} testId={`exante-filed-${key}`}>
            <span style={PROSE_STYLE}>{assessment[key]}</span>
          </Fact>
        ))}
        <Fact label={t('exante.attachments')} testId="exante-filed-attachments">
          {assessment.attachmentNames.length ? (
            <ul className="target-list">
              {assessment.attachmentNames.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          ) : (
            <span className="muted">{t('exante.noAttachments')}</span>
          )}
        </Fact>
        <Fact label={t('exante.submittedOn')}>{assessment.submittedOn ?? '—'}</Fact>
      </dl>
    </section>
  );
}

/** The opinions given so far: the business section's, the agency's, the performance section's score and conclusion. */
function OpinionsView({ assessment }: { assessment: Assessment }) {
  const { t } = useI18n();
  const any = assessment.sectionOpinion || assessment.agency || assessment.conclusion;
  if (!any) return null;
  return (
    <section data-testid="exante-opinions">
      <h4 className="work-subheading">{t('exante.opinions')}</h4>
      <dl className="flag-card__facts" style={FACTS_STYLE}>
        {assessment.sectionOpinion && (
          <Fact label={t('exante.sectionOpinion')} testId="exante-section-opinion">
            <span style={PROSE_STYLE}>{assessment.sectionOpinion}</span>
          </Fact>
        )}
        {assessment.agency && (
          <Fact label={t('exante.agency')} testId="exante-agency">
            {assessment.agency.name}
            {assessment.agencySentOn && (
              <span className="muted"> · {t('exante.sentOn', { date: assessment.agencySentOn })}</span>
            )}
            {assessment.agencyReviewedOn && (
              <span className="muted"> · {t('exante.reviewedOn', { date: assessment.agencyReviewedOn })}</span>
            )}
          </Fact>
        )}
        {assessment.agencyConclusion && (
          <Fact label={t('exante.agencyConclusion')}>
            <ConclusionBadge conclusion={assessment.agencyConclusion} testId="exante-agency-conclusion" />
          </Fact>
        )}
        {assessment.agencyOpinion && (
          <Fact label={t('exante.agencyOpinion')} testId="exante-agency-opinion">
            <span style={PROSE_STYLE}>{assessment.agencyOpinion}</span>
          </Fact>
        )}
        {assessment.pesScore !== null && assessment.pesScore !== undefined && (
          <Fact label={t('exante.score')} testId="exante-score">
            {assessment.pesScore.toFixed(2)}
          </Fact>
        )}
        {assessment.conclusion && (
          <Fact label={t('exante.conclusion')}>
            <ConclusionBadge conclusion={assessment.conclusion} testId="exante-conclusion" />
          </Fact>
        )}
        {assessment.concludedOn && <Fact label={t('exante.concludedOn')}>{assessment.concludedOn}</Fact>}
      </dl>
    </section>
  );
}

/** What the conclusion (or its absence) means for the project's budget. */
function ConsequenceNote({ assessment }: { assessment: Assessment | null | undefined }) {
  const { t } = useI18n();
  const c = consequenceOf(assessment);
  return (
    <p className="work-note" data-testid="exante-consequence" data-consequence={c}>
      {t(`exante.consequence.${c}` as MessageKey)}
      {c === 'SUPPORT' && (
        <>
          {' '}
          <Link to={workPath('targets')}>{t('work.tab.targets')}</Link>
        </>
      )}
    </p>
  );
}

/** One assessment read in full: the filing, the opinions and, for the unit, what they mean for the money. */
export function AssessmentCard({
  project,
  children,
  showConsequence,
}: {
  project: ExAnteProject;
  children?: ReactNode;
  showConsequence?: boolean;
}) {
  const { t } = useI18n();
  const x = project.exAnteAssessment;
  return (
    <article className="flag-card" data-testid="exante-card" style={{ marginTop: 12 }}>
      <header className="flag-card__header">
        <strong>{projectLabel(project)}</strong>
        {project.unit && <span className="muted">{project.unit.name}</span>}
        <Money yuan={project.budget} />
        <StageBadge assessment={x} code={project.code} />
        {x && canSendToAgency(x) && (
          <span className="badge badge--key" title={t('exante.reassessmentHint')}>
            {t('exante.reassessment')}
          </span>
        )}
      </header>
      {showConsequence && <ConsequenceNote assessment={x} />}
      {x && x.status !== 'DRAFT' && <FilingView assessment={x} />}
      {x && <OpinionsView assessment={x} />}
      {children}
    </article>
  );
}
