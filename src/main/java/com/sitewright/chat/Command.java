package com.sitewright.chat;

import tools.jackson.databind.node.ObjectNode;

/** What the offline parser made of a message: a tool with its arguments, help, or not understood. */
sealed interface Command {

    record Tool(String name, ObjectNode args) implements Command {}

    record Help() implements Command {}

    record Unknown(String reply) implements Command {}
}
