/** The asset library: images and files in object storage, their responsive variants, metadata and cleanup. */
package com.sitewright.assets;
