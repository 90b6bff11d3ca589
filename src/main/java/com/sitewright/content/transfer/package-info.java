/** Import and export of items as CSV and JSON files. */
package com.sitewright.content.transfer;
