/** Import and export of items as CSV and JSON files. */
@NamedInterface("transfer")
@NullMarked
package com.sitewright.content.transfer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
