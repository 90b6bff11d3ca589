/** Generation progress as the studio shows it. */
package com.sitewright.generation.ui;
