/** The offline engine's industry blueprints and the vocabulary it writes items from. */
package com.sitewright.generation.blueprint;
