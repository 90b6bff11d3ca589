/** The content model: types, fields, their roles and validation rules, and the routes they give a site. */
package com.sitewright.model;
