package com.sitewright.cms.connection;

/** The answer of "Test connection": it works, or what exactly is wrong (never with a secret in it). */
public record ConnectionCheck(boolean ok, String problem) {

    static ConnectionCheck works() {
        return new ConnectionCheck(true, null);
    }

    static ConnectionCheck fails(String problem) {
        return new ConnectionCheck(false, problem);
    }
}
