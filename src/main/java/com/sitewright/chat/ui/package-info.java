/** The chat view: the conversation, action cards and the engine switch. */
package com.sitewright.chat.ui;
