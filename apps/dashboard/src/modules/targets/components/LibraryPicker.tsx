import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { INDICATOR_LEVEL1_LABELS } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';
import { INDICATOR_GROUPS, INDICATOR_TEMPLATES } from '../graphql/targets.graphql';
import { rowFromTemplate, type TargetRowDraft } from '../targets-form';
import { label } from './TargetPieces';
import { RowButton } from '../../work';

/** The library: a group and a search, and the indicators found, each with a button to add it. */
export function LibraryPicker({ onPick }: { onPick: (row: TargetRowDraft) => void }) {
  const { t, lang } = useI18n();
  const groups = useQuery(INDICATOR_GROUPS);
  const [groupCode, setGroupCode] = useState('');
  const [search, setSearch] = useState('');
  const templates = useQuery(INDICATOR_TEMPLATES, {
    variables: { groupCode: groupCode || null, search: search.trim() || null },
  });
  const found = (templates.data?.indicatorTemplates.edges ?? []).map((e) => e.node);
  return (
    <fieldset className="work-fieldset" data-testid="indicator-library">
      <legend>{t('targets.library')}</legend>
      <div className="library-filters">
        <label className="field">
          <span>{t('targets.group')}</span>
          <select value={groupCode} onChange={(e) => setGroupCode(e.target.value)} data-testid="library-group">
            <option value="">{t('targets.allGroups')}</option>
            {(groups.data?.indicatorGroups ?? []).map((g) => (
              <option key={g.code} value={g.code}>
                {lang === 'zh' ? g.name : g.nameEn}（{g.indicatorCount}）
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('targets.search')}</span>
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="library-search"
          />
        </label>
      </div>
      <ul className="library-list" data-testid="library-results" aria-busy={templates.loading}>
        {found.map((tpl) => (
          <li key={tpl.id}>
            <span className="library-list__name" title={`${tpl.groupName} · ${tpl.level2}`}>
              {tpl.name}{' '}
              <span className="muted">
                {label(INDICATOR_LEVEL1_LABELS, tpl.level1, lang)} · {tpl.level2} · {tpl.referenceValue}{' '}
                {tpl.unitOfMeasure}
              </span>
            </span>
            <RowButton onClick={() => onPick(rowFromTemplate(tpl))} testId={`library-add-${tpl.code}`}>
              {t('targets.add')}
            </RowButton>
          </li>
        ))}
        {templates.data && found.length === 0 && <li className="muted">{t('targets.noneFound')}</li>}
      </ul>
    </fieldset>
  );
}
