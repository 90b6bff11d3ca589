import { humanize, list, record, str } from '@/lib/values';

// JSON fields hold small structures (feature lists, opening hours, allergens): show them readably.
export function JsonView({ value }: { value: unknown }) {
  const entries = Array.isArray(value) ? null : record(value);
  const rows = Array.isArray(value) ? value : list(entries?.items ?? entries?.links);
  if (rows.length > 0) {
    return (
      <ul className="grid gap-4 sm:grid-cols-2">
        {rows.map((row, index) => {
          const fields = record(row);
          const title = str(fields?.title) ?? str(fields?.label) ?? str(fields?.name) ?? str(row);
          const description = str(fields?.description) ?? str(fields?.url);
          return (
            <li key={index} className="card p-4">
              {title ? <p className="font-semibold">{title}</p> : null}
              {description ? <p className="mt-1 text-sm opacity-80">{description}</p> : null}
            </li>
          );
        })}
      </ul>
    );
  }
  if (!entries) {
    const text = str(value);
    return text ? <p>{text}</p> : null;
  }
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
      {Object.entries(entries).map(([key, item]) => (
        <div key={key} className="contents">
          <dt className="font-semibold">{humanize(key)}</dt>
          <dd>{Array.isArray(item) ? item.map((part) => str(part)).filter(Boolean).join(', ') : str(item) ?? ''}</dd>
        </div>
      ))}
    </dl>
  );
}
