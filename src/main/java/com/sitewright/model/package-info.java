/** The content model: types, fields, their roles and validation rules, and the routes they give a site. */
@NullMarked
package com.sitewright.model;

import org.jspecify.annotations.NullMarked;
