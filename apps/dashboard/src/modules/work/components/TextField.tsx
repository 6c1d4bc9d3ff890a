import type { CSSProperties, ReactNode } from 'react';
import type { MutationFailure } from '../mutation-errors';
import { FieldError, fieldProps } from './FormPieces';

/**
 * A labelled input (or a textarea, given `rows`) of a work form, tied to its error: the server's message
 * for `field` shows under it, and the control is marked invalid and described by it.
 */
export function TextField({
  label,
  hint,
  hintTestId,
  className = 'field',
  style,
  scope,
  field,
  failure,
  value,
  onChange,
  rows,
  testId,
  ...control
}: {
  label: ReactNode;
  /** Words under the control (before the error). */
  hint?: ReactNode;
  hintTestId?: string;
  className?: string;
  style?: CSSProperties;
  scope: string;
  field: string;
  failure: MutationFailure | null;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  testId?: string;
  autoFocus?: boolean;
  disabled?: boolean;
  placeholder?: string;
  maxLength?: number;
  name?: string;
  inputMode?: 'decimal';
  autoComplete?: 'off';
}) {
  const props = {
    value,
    'data-testid': testId,
    ...control,
    ...fieldProps(scope, field, failure),
  };
  return (
    <label className={className} style={style}>
      <span>{label}</span>
      {rows ? (
        <textarea rows={rows} onChange={(e) => onChange(e.target.value)} {...props} />
      ) : (
        <input onChange={(e) => onChange(e.target.value)} {...props} />
      )}
      {hint && (
        <span className="work-hint" data-testid={hintTestId}>
          {hint}
        </span>
      )}
      <FieldError scope={scope} field={field} failure={failure} />
    </label>
  );
}
