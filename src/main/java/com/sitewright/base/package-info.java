/** What every feature shares: errors, secrets at rest, private files, the studio's address and job pick-up. */
package com.sitewright.base;
