/** The studio's shell: main layout, error and not-found pages, polling and shared components. */
package com.sitewright.base.ui;
