/** The REST API of users and their roles, for admins. */
package com.sitewright.security.web;
