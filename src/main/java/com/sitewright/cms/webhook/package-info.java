/** Webhooks from external CMSs: registration at the vendor, signature checks and the changes they bring. */
package com.sitewright.cms.webhook;
