package com.sitewright.cms.push;

import java.util.UUID;

/** Studio IDs as item values hold them (text): an ID a value names, or null when the text is not one. */
final class StudioIds {

    private StudioIds() {}

    static UUID parse(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
