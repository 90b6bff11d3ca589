package com.sitewright.cms.webhook;

/** A webhook call whose secret or signature does not hold (401): nothing was done. The message says why. */
public class WebhookRefusedException extends RuntimeException {

    WebhookRefusedException(String message) {
        super(message, null, false, false);
    }
}
