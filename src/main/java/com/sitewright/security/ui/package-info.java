/** Sign-in, users and API tokens views. */
package com.sitewright.security.ui;
