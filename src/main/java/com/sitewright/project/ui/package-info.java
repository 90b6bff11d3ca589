/** The projects list and per-project budgets. */
@NullMarked
package com.sitewright.project.ui;

import org.jspecify.annotations.NullMarked;
