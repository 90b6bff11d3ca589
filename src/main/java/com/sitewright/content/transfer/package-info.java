/** Import and export of items as CSV and JSON files. */
@NamedInterface("transfer")
package com.sitewright.content.transfer;

import org.springframework.modulith.NamedInterface;
