/** Content items: their working and published copies, search, validation, publishing and imports. */
package com.sitewright.content;
