import { resolve } from '@/lib/cms';
import { ItemCard } from './item-card';

export async function ReferenceList({ ids, columns = 3 }: { ids: unknown; columns?: number }) {
  const items = await resolve(ids);
  if (items.length === 0) return null;
  const grid = columns >= 4 ? 'md:grid-cols-4' : columns === 2 ? 'md:grid-cols-2' : 'md:grid-cols-3';
  return (
    <div className={`grid gap-6 sm:grid-cols-2 ${grid}`}>
      {items.map((item) => (
        <ItemCard key={item.id} item={item} />
      ))}
    </div>
  );
}
