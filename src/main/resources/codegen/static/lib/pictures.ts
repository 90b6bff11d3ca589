import { cms, type CmsItem, type ContentTypeDef } from './cms';
import { firstImage, imageOfItem, type SiteImageData } from './images';
import { withRole } from './roles';
import { str } from './values';

export interface Picture {
  image: SiteImageData | null;
  alt: string;
  caption: string | null;
}

/**
 * An item's main picture: the field with the image role (an image item it refers to, or a file of its own), or else
 * its first file that is an image. An image item that lost its file keeps its alt text, for the placeholder.
 */
export async function pictureOf(item: CmsItem, type: ContentTypeDef | undefined): Promise<Picture | null> {
  const found = type ? withRole(item, type, 'image') : null;
  if (found && found.field.type === 'reference') {
    const target = await cms.getItem(str(found.value) ?? '');
    return target ? { image: imageOfItem(target), alt: str(target.data.alt) ?? target.title, caption: str(target.data.caption) } : null;
  }
  const keys = found ? [found.field.key] : type?.fields.filter((field) => field.type === 'asset').map((field) => field.key);
  const file = firstImage(item, keys);
  return file ? { image: file.image, alt: file.image.alt, caption: null } : null;
}
