/** Users, roles, sign-in, API tokens and the checks that keep each user to their own projects. */
package com.sitewright.security;
