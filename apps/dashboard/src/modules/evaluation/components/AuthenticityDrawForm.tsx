import { useState } from 'react';
import { formatRate } from '@jixiao/ui/format';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, FieldError, FormActions, TextField, useWorkAction } from '../../work';
import { defaultSeed, seedVariable } from '../department-form';
import { DRAW_AUTHENTICITY_SAMPLE } from '../graphql/authenticity.graphql';

/** No sample yet: draw it with a seed the reader can keep or change; the seed is recorded with the sample. */
export function AuthenticityDrawForm({
  year,
  population,
  minShare,
}: {
  year: number;
  population: number;
  minShare: number;
}) {
  const { t, lang } = useI18n();
  const [seed, setSeed] = useState(() => defaultSeed(new Date(), lang));
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = seedVariable(seed, lang);
    if (built.seed === null) {
      action.reject(built.fields);
      return;
    }
    const variables = { year, seed: built.seed };
    await action.run(
      () => action.client.mutate({ mutation: DRAW_AUTHENTICITY_SAMPLE, variables }),
      (r) => t('auth.drawn', { year, size: r.data?.drawAuthenticitySample.checks.length ?? 0 }),
    );
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="auth-draw-form" noValidate>
      <h3 className="work-form__title">{t('auth.drawTitle', { year })}</h3>
      <p className="muted" data-testid="auth-none">
        {t('auth.none')} {t('auth.drawPopulation', { count: population, share: formatRate(minShare) })}
      </p>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <TextField
        className="field work-field"
        label={t('auth.seed')}
        value={seed}
        maxLength={100}
        autoComplete="off"
        onChange={(value) => setSeed(value)}
        testId="auth-seed-input"
        hint={t('auth.seedHint')}
        scope="auth"
        field="seed"
        failure={f}
      />
      <FieldError scope="auth" field="year" failure={f} />
      <FormActions busy={action.busy} submit={t('auth.draw')} submitTestId="auth-draw" disabled={population === 0} />
    </form>
  );
}
