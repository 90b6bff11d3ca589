'use client';

import type { ImageLoaderProps } from 'next/image';
import { cdnImageUrl } from './image-urls';

/** The site-wide loader (next.config `images.loaderFile`), for any next/image without variants of its own. */
export default function imageLoader({ src, width, quality }: ImageLoaderProps): string {
  return cdnImageUrl(src, width, quality) ?? src;
}
