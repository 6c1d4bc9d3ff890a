import type { ReactNode } from 'react';

/** A button in a row of a work table: primary when it starts the row's step; a toggle says whether it is open. */
export function RowButton({
  children,
  onClick,
  testId,
  primary,
  expanded,
  disabled,
  title,
  ariaLabel,
}: {
  children: ReactNode;
  onClick: () => void;
  testId?: string;
  primary?: boolean;
  expanded?: boolean;
  disabled?: boolean;
  title?: string;
  ariaLabel?: string;
}) {
  return (
    <button
      type="button"
      className={primary ? 'button button--small button--primary' : 'button button--small'}
      aria-expanded={expanded}
      disabled={disabled}
      title={title}
      aria-label={ariaLabel}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
    </button>
  );
}
