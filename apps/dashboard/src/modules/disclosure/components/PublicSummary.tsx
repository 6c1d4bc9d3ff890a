import { formatCount, formatYuanExact } from '@jixiao/ui/format';
import { KpiTile } from '@jixiao/ui/kpi-tile';
import { useI18n } from '../../../app/i18n/i18n';
import type { PublicSummaryQuery } from '../../../generated/graphql';
import { budgetText, gradeLabel, scoreText } from '../disclosure-view';

type Summary = PublicSummaryQuery['publicSummary'];

/** The county's published figures of a year before the cards (issue 15 §3): totals, grades, the 中/差 projects. */
export function PublicSummary({ summary }: { summary: Summary }) {
  const { t, lang } = useI18n();
  const s = summary;
  return (
    <section className="public-summary" aria-label={t('public.summary')} data-testid="public-summary">
      <div className="kpi-row" data-count={4}>
        <KpiTile
          testId="public-kpi-projects"
          label={t('public.kpi.projects')}
          value={formatCount(s.projectCount)}
          sub={t('public.kpi.projectsSub', { year: s.year })}
        />
        <KpiTile
          testId="public-kpi-budget"
          label={t('public.kpi.budget')}
          value={budgetText(s.budget, lang)}
          exact={formatYuanExact(s.budget, lang)}
        />
        <KpiTile
          testId="public-kpi-evaluated"
          label={t('public.kpi.evaluated')}
          value={formatCount(s.evaluatedCount)}
          sub={t('public.kpi.evaluatedSub')}
        />
        <KpiTile
          testId="public-kpi-grades"
          label={t('public.kpi.grades')}
          value={`${s.excellent} / ${s.good} / ${s.medium} / ${s.poor}`}
          sub={t('public.kpi.gradesSub')}
        />
      </div>
      {s.mediumOrPoor.length > 0 && (
        <details className="public-summary__graded" data-testid="public-medium-poor">
          <summary>{t('public.mediumPoor', { medium: s.medium, poor: s.poor })}</summary>
          <table className="jx-table public-table">
            <thead>
              <tr>
                <th scope="col">{t('public.project')}</th>
                <th scope="col">{t('public.unit')}</th>
                <th scope="col">{t('public.grade')}</th>
                <th scope="col" className="public-table__num">
                  {t('public.score')}
                </th>
              </tr>
            </thead>
            <tbody>
              {s.mediumOrPoor.map((p) => (
                <tr key={p.code}>
                  <td>
                    <span className="mono">{p.code}</span> {p.name}
                  </td>
                  <td>{p.unitName}</td>
                  <td>{gradeLabel(p.grade, lang)}</td>
                  <td className="public-table__num">{scoreText(p.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
