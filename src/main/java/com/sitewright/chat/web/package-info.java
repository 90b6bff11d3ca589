/** The chat's REST API: send a message and read the conversation. */
@NullMarked
package com.sitewright.chat.web;

import org.jspecify.annotations.NullMarked;
