/** The REST API that reads a project's content types. */
package com.sitewright.model.web;
