package com.sitewright.cms.push;

import java.util.List;

/** A type the CMS already holds with other fields than the studio's: what differs. Written only once confirmed. */
public record TypeChange(String type, List<String> differences) {}
