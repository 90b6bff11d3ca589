package com.sitewright.delivery;

import java.io.Serializable;
import java.util.UUID;

/** Who is reading through the delivery API: a site holding a token for one project. */
public record DeliveryPrincipal(UUID projectId, DeliveryKind kind) implements Serializable {

    public static final String ROLE = "DELIVERY";

    public boolean seesDrafts() {
        return kind == DeliveryKind.PREVIEW;
    }
}
