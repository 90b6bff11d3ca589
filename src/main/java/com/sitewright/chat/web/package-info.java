/** The chat's REST API: send a message and read the conversation. */
package com.sitewright.chat.web;
