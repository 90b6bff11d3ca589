/** Users, roles, sign-in, API tokens and the checks that keep each user to their own projects. */
@NullMarked
package com.sitewright.security;

import org.jspecify.annotations.NullMarked;
