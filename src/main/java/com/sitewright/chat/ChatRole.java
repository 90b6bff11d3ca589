package com.sitewright.chat;

/** Who a chat message is from: the person, the studio, or an action the studio proposes. */
public enum ChatRole {
    USER,
    STUDIO,
    ACTION
}
