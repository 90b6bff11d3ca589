/** The CMS and delivery views: connection form, push plan, progress and history. */
package com.sitewright.cms.ui;
