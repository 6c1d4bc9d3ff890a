import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, FieldError, fieldProps, FormActions, RowButton, useWorkAction } from '../../work';
import {
  ASSIGN_KEY_EVALUATION,
  KEY_EVALUATION_AGENCIES,
  KEY_EVALUATION_CANDIDATES,
} from '../graphql/key-evaluation.graphql';
import { hasKeyEvaluation, latestRating } from '../key-evaluation-form';
import type { Candidate } from './KeyEvaluationReport';

/** A search over the year's projects; one with a key evaluation already is shown but cannot be picked. */
function ProjectPicker({ year, onPick }: { year: number; onPick: (p: Candidate) => void }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAsked(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const { data, loading } = useQuery(KEY_EVALUATION_CANDIDATES, { variables: { year, search: asked || null } });
  const found = (data?.projects.edges ?? []).map((e) => e.node);
  return (
    <div className="keyeval-picker">
      <label className="field">
        <span>{t('keyeval.search')}</span>
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          autoComplete="off"
          data-testid="keyeval-project-search"
        />
      </label>
      {data && data.projects.totalCount > found.length && (
        <p className="work-hint">{t('keyeval.searchHint', { count: data.projects.totalCount, shown: found.length })}</p>
      )}
      <ul className="library-list" data-testid="keyeval-candidates" aria-busy={loading}>
        {found.map((p) => (
          <li key={p.id}>
            <span className="library-list__name" title={p.name}>
              <span className="mono muted">{p.code}</span> {p.name} <span className="muted">{p.unit?.name} · </span>
              <Money yuan={p.budget} />
            </span>
            {hasKeyEvaluation(p) ? (
              <span className="badge badge--state-none" data-testid={`keyeval-has-${p.code}`}>
                {t('keyeval.hasKey')}
              </span>
            ) : (
              <RowButton
                ariaLabel={`${t('keyeval.pick')} ${p.code} ${p.name}`}
                onClick={() => onPick(p)}
                testId={`keyeval-pick-${p.code}`}
              >
                {t('keyeval.pick')}
              </RowButton>
            )}
          </li>
        ))}
        {data && found.length === 0 && <li className="muted">{t('keyeval.noneFound')}</li>}
      </ul>
    </div>
  );
}

/** The performance section assigns a project of the year to an agency for a key evaluation. */
export function KeyAssignForm({ year }: { year: number }) {
  const { t } = useI18n();
  const agencies = useQuery(KEY_EVALUATION_AGENCIES);
  const [project, setProject] = useState<Candidate | null>(null);
  const [agencyId, setAgencyId] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const list = agencies.data?.agencies ?? [];
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!project) fields.projectId = t('keyeval.noProject');
    if (!agencyId) fields.agencyId = t('keyeval.chooseAgency');
    if (!project || !agencyId) {
      action.reject(fields);
      return;
    }
    const agency = list.find((a) => a.id === agencyId)?.name ?? '';
    const done = await action.run(
      () => action.client.mutate({ mutation: ASSIGN_KEY_EVALUATION, variables: { projectId: project.id, agencyId } }),
      () => t('keyeval.assigned', { project: `${project.code} ${project.name}`, agency }),
    );
    if (done) {
      setProject(null);
      setAgencyId('');
    }
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="keyeval-assign-form" noValidate>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      {project ? (
        <div className="field">
          <span>{t('keyeval.picked')}</span>
          <span className="keyeval-picked" data-testid="keyeval-picked">
            <strong>
              {project.code} {project.name}
            </strong>{' '}
            <span className="muted">{project.unit?.name} · </span>
            <Money yuan={project.budget} />{' '}
            <RowButton onClick={() => setProject(null)} testId="keyeval-change-project">
              {t('keyeval.change')}
            </RowButton>
          </span>
          <FieldError scope="keyeval" field="projectId" failure={f} />
        </div>
      ) : (
        <fieldset
          className="work-fieldset"
          aria-describedby={f?.fields.projectId ? 'keyeval-err-projectId' : undefined}
        >
          <legend>{t('keyeval.col.project')}</legend>
          <ProjectPicker
            year={year}
            onPick={(p) => {
              setProject(p);
              action.clear();
            }}
          />
          <FieldError scope="keyeval" field="projectId" failure={f} />
        </fieldset>
      )}
      <label className="field work-field">
        <span>{t('keyeval.agency')}</span>
        <select
          value={agencyId}
          onChange={(e) => {
            setAgencyId(e.target.value);
            action.clear();
          }}
          data-testid="keyeval-agency"
          {...fieldProps('keyeval', 'agencyId', f)}
        >
          <option value="">{t('keyeval.chooseAgency')}</option>
          {list.map((a) => {
            const r = latestRating(a.ratings);
            return (
              <option key={a.id} value={a.id}>
                {a.name}（
                {r ? t('keyeval.agencyRating', { year: r.year, rating: r.rating }) : t('keyeval.agencyUnrated')}）
              </option>
            );
          })}
        </select>
        <FieldError scope="keyeval" field="agencyId" failure={f} />
      </label>
      <FormActions busy={action.busy} submit={t('keyeval.assign')} submitTestId="keyeval-assign" />
    </form>
  );
}
