import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { OtherYears, usePanelStatus } from '../../work';
import { pendingSamples, ruleShare } from '../department-form';
import { AUTHENTICITY_NEIGHBOURS, AUTHENTICITY_SAMPLE } from '../graphql/authenticity.graphql';
import { AuthenticityDrawForm } from './AuthenticityDrawForm';
import { AuthenticitySample } from './AuthenticitySample';

/**
 * 真实性核查 (performance section): the year's sample of final self-evaluations — draw it with a recorded
 * seed if there is none — and each check's result; a failed check vetoes the grade (the server's rules).
 */
export function AuthenticityPanel({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error } = useQuery(AUTHENTICITY_SAMPLE, { variables: { year } });
  const sample = data?.authenticitySample ?? null;
  const minShare = ruleShare(data?.ruleSet.rules, 'authenticity');
  const neighbours = useQuery(AUTHENTICITY_NEIGHBOURS, { variables: { previous: year - 1, next: year + 1 } });
  const elsewhere = pendingSamples([neighbours.data?.previous, neighbours.data?.next]);
  return (
    <Panel
      title={t('auth.title', { year })}
      subtitle={t('auth.subtitle')}
      {...usePanelStatus(data, error)}
      minHeight={160}
      testId="panel-authenticity"
    >
      <OtherYears
        tab="authenticity"
        years={elsewhere}
        lead={t('auth.otherYears')}
        label={(y) => t('auth.otherYear', { year: y.year, count: y.count })}
        testId="auth-other-years"
      />
      {data &&
        (sample ? (
          <AuthenticitySample key={year} sample={sample} minShare={minShare} />
        ) : (
          <AuthenticityDrawForm
            key={year}
            year={year}
            population={data.finalSelfEvaluations.totalCount}
            minShare={minShare}
          />
        ))}
    </Panel>
  );
}
