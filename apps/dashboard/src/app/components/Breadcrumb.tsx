import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';

export interface Crumb {
  label: string;
  /** Absent for the current page. */
  to?: string;
}

/** Where the view sits in the drill-down, each level a link back. */
export function Breadcrumb({ items }: { items: readonly Crumb[] }) {
  const { t } = useI18n();
  return (
    <nav className="breadcrumb" aria-label={t('breadcrumb.label')} data-testid="breadcrumb">
      <ol>
        {items.map((item, i) => (
          <li key={`${i}-${item.label}`}>
            {item.to && i < items.length - 1 ? (
              <Link to={item.to}>{item.label}</Link>
            ) : (
              <span aria-current={i === items.length - 1 ? 'page' : undefined}>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
