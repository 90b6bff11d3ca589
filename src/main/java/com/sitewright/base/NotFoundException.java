package com.sitewright.base;

/** Something does not exist, or is not the caller's to see (the two look the same on purpose). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
