/** The REST API of model changes: drafts, their impact and saving them. */
package com.sitewright.modeling.web;
