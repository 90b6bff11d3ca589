/** The drag-and-drop content-model designer. */
package com.sitewright.modeling.ui;
