import type { ReactNode } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { Link } from '../../../app/router/router';
import type { WorkTab } from '../todo-links';
import type { MutationFailure } from '../mutation-errors';

/** The id of a field's error text, for `aria-describedby`. */
export function errorId(scope: string, field: string): string {
  return `${scope}-err-${field.replace(/[^\w-]/g, '_')}`;
}

/** A field's message from the server, under the field. */
export function FieldError({
  scope,
  field,
  failure,
}: {
  scope: string;
  field: string;
  failure: MutationFailure | null;
}) {
  const text = failure?.fields[field];
  if (!text) return null;
  return (
    <p className="field-error" id={errorId(scope, field)} role="alert" data-testid={`field-error-${field}`}>
      {text}
    </p>
  );
}

/** Props that tie an input to its error: marked invalid and described by the message. */
export function fieldProps(scope: string, field: string, failure: MutationFailure | null) {
  const bad = !!failure?.fields[field];
  return { 'aria-invalid': bad || undefined, 'aria-describedby': bad ? errorId(scope, field) : undefined };
}

/** What went wrong with the whole step: a conflict offers a reload; bad fields are listed at their place. */
export function FailureBanner({
  failure,
  onReload,
  children,
}: {
  failure: MutationFailure | null;
  onReload?: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  if (!failure) return null;
  const text =
    failure.kind === 'CONFLICT'
      ? t('work.conflict', { message: failure.message })
      : failure.kind === 'INVALID_TRANSITION'
        ? t('work.invalid', { message: failure.message })
        : failure.kind === 'BAD_USER_INPUT' && Object.keys(failure.fields).length > 0
          ? t('work.badInput')
          : failure.kind === 'NETWORK'
            ? t('work.network')
            : t('work.failed', { message: failure.message });
  return (
    <div
      className={`work-alert work-alert--${failure.kind.toLowerCase()}`}
      role="alert"
      data-testid={`failure-${failure.kind.toLowerCase()}`}
    >
      <span>{text}</span>
      {failure.kind === 'CONFLICT' && onReload && (
        <button type="button" className="button button--small" onClick={onReload} data-testid="conflict-reload">
          {t('work.reload')}
        </button>
      )}
      {children}
    </div>
  );
}

/** Other years with work left in this tab, each a link to the tab in that year. */
export function OtherYears({
  tab,
  years,
  lead,
  label,
  testId,
}: {
  tab: WorkTab;
  years: readonly { year: number; count: number }[];
  lead: string;
  label: (y: { year: number; count: number }) => string;
  testId: string;
}) {
  if (years.length === 0) return null;
  return (
    <p className="work-note" data-testid={testId}>
      {lead}{' '}
      {years.map((y, i) => (
        <span key={y.year}>
          {i > 0 && '、'}
          <Link to={`/work?tab=${tab}&year=${y.year}`} data-testid={`${testId.replace(/-years$/, '-year')}-${y.year}`}>
            {label(y)}
          </Link>
        </span>
      ))}
    </p>
  );
}
