/** Content items: their working and published copies, search, validation, publishing and imports. */
@NullMarked
package com.sitewright.content;

import org.jspecify.annotations.NullMarked;
