'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

// A page of cards holds dozens of links: prefetching each as it scrolls into view asked the server for
// every one of those pages on each visit. A page is fetched ahead only when the visitor reaches for its link.
export default function Link({ href, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const target = typeof href === 'string' && href.startsWith('/') ? href : null;
  const prefetch = () => {
    if (target) router.prefetch(target);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => { prefetch(); onMouseEnter?.(event); }}
      onFocus={(event) => { prefetch(); onFocus?.(event); }}
      onTouchStart={(event) => { prefetch(); onTouchStart?.(event); }}
    />
  );
}
