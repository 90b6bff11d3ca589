/** The project chat: messages, the agent that answers them in jobs, and the commands it can run. */
package com.sitewright.chat;
