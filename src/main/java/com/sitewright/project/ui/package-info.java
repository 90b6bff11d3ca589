/** The projects list and per-project budgets. */
package com.sitewright.project.ui;
