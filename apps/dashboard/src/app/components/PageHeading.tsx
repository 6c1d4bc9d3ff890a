import type { ReactNode } from 'react';

/** The title of a view, a line under it, and its controls (year, links) on the right. */
export function PageHeading({
  title,
  subtitle,
  children,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="page-heading">
      <div className="page-heading__text">
        <h1>{title}</h1>
        {subtitle && <p>{subtitle}</p>}
      </div>
      {children && <div className="page-heading__controls">{children}</div>}
    </div>
  );
}
