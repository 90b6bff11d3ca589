/** Sign-in, users and API tokens views. */
@NullMarked
package com.sitewright.security.ui;

import org.jspecify.annotations.NullMarked;
