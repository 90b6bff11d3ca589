package com.sitewright.base;

/** Input a person can fix; the message is shown to them as it is. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
