import type { CmsItem } from '@/lib/cms';
import { num, str } from '@/lib/values';

// Images carry alt text and a caption but no file yet: a themed gradient stands in for them.
export function ImagePlaceholder({ image, showCaption = false, className }: {
  image: CmsItem | null;
  showCaption?: boolean;
  className?: string;
}) {
  const alt = str(image?.data.alt) ?? str(image?.title) ?? 'Image';
  const width = num(image?.data.width) ?? 4;
  const height = num(image?.data.height) ?? 3;
  const caption = str(image?.data.caption);
  return (
    <figure className={className}>
      <div
        role="img"
        aria-label={alt}
        className="image-placeholder"
        style={{ aspectRatio: `${width} / ${height}` }}
      >
        <span>{alt}</span>
      </div>
      {showCaption && caption ? <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption> : null}
    </figure>
  );
}
