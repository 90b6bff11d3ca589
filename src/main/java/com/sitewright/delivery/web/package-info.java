/** The REST API that issues and revokes delivery tokens. */
package com.sitewright.delivery.web;
