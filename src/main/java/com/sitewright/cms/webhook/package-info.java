/** Webhooks from external CMSs: registration at the vendor, signature checks and the changes they bring. */
@NamedInterface("webhook")
package com.sitewright.cms.webhook;

import org.springframework.modulith.NamedInterface;
