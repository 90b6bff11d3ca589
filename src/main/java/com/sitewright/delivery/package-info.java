/** The delivery API generated sites read content and assets from, with its tokens. */
@NullMarked
package com.sitewright.delivery;

import org.jspecify.annotations.NullMarked;
