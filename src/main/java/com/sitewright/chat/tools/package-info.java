/** The actions the chat agent may take on a project, each a tool with its own checks. */
package com.sitewright.chat.tools;
