/** The REST API of users and their roles, for admins. */
@NullMarked
package com.sitewright.security.web;

import org.jspecify.annotations.NullMarked;
