/** The delivery API generated sites read content and assets from, with its tokens. */
package com.sitewright.delivery;
