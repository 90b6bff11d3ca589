package com.sitewright.generation.blueprint;

/** Produces one field value for the item being generated; {@code null} leaves an optional field out. */
@FunctionalInterface
interface ValueSource {

    Object next(ItemContext ctx);
}
