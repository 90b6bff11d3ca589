/** The REST API of projects: create one from a prompt, follow its generation, generate more. */
package com.sitewright.generation.web;
