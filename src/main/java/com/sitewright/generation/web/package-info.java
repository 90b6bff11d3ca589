/** The REST API of projects: create one from a prompt, follow its generation, generate more. */
@NullMarked
package com.sitewright.generation.web;

import org.jspecify.annotations.NullMarked;
