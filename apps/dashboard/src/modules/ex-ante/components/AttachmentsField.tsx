import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { FieldError, type MutationFailure, RowButton } from '../../work';
import { addAttachment, removeAttachment } from '../ex-ante-form';

/** The names of the filing's attachments: a list to remove from, and a name to add (not twice). */
export function AttachmentsField({
  names,
  onChange,
  failure: f,
}: {
  names: readonly string[];
  onChange: (names: string[]) => void;
  failure: MutationFailure | null;
}) {
  const { t } = useI18n();
  const [attachment, setAttachment] = useState('');
  const [duplicate, setDuplicate] = useState(false);
  const add = () => {
    const next = addAttachment(names, attachment);
    setDuplicate(next.outcome === 'duplicate');
    if (next.outcome === 'added') {
      onChange(next.list);
      setAttachment('');
    }
  };
  return (
    <fieldset className="work-fieldset" data-testid="exante-attachments">
      <legend>{t('exante.attachments')}</legend>
      {names.length === 0 ? (
        <p className="muted">{t('exante.noAttachments')}</p>
      ) : (
        <ul className="library-list">
          {names.map((name, i) => (
            <li key={name} data-testid={`exante-attachment-${i}`}>
              <span className="library-list__name">{name}</span>
              <RowButton
                ariaLabel={t('exante.attachmentRemoveLabel', { name })}
                onClick={() => onChange(removeAttachment(names, i))}
                testId={`exante-attachment-remove-${i}`}
              >
                {t('exante.attachmentRemove')}
              </RowButton>
            </li>
          ))}
        </ul>
      )}
      <div className="flag-card__close" style={{ marginTop: 8 }}>
        <label className="field">
          <span>{t('exante.attachmentName')}</span>
          <input
            value={attachment}
            onChange={(e) => {
              setAttachment(e.target.value);
              setDuplicate(false);
            }}
            // Enter adds the name rather than submitting the whole filing.
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            aria-invalid={duplicate || !!f?.fields.attachmentNames || undefined}
            aria-describedby={
              duplicate ? 'exante-attachment-dup' : f?.fields.attachmentNames ? 'exante-err-attachmentNames' : undefined
            }
            data-testid="exante-attachment-name"
          />
          {duplicate && (
            <p className="field-error" id="exante-attachment-dup" role="alert">
              {t('exante.attachmentDuplicate')}
            </p>
          )}
          <FieldError scope="exante" field="attachmentNames" failure={f} />
        </label>
        <button type="button" className="button" onClick={add} data-testid="exante-attachment-add">
          {t('exante.attachmentAdd')}
        </button>
      </div>
    </fieldset>
  );
}
