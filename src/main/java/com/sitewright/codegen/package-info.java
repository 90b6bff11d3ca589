/** Writes a project's Next.js site from its model and theme, and runs Node.js to build it. */
package com.sitewright.codegen;
