package com.sitewright.cms.push;

/** How writing one type, image or item went: the vendor's version of it, or why it failed. */
record WriteResult(String vendorVersion, boolean published, String failure) {

    static WriteResult done(String vendorVersion, boolean published) {
        return new WriteResult(vendorVersion, published, null);
    }

    static WriteResult failed(String reason) {
        return new WriteResult(null, false, reason);
    }

    /** Runs one write; a vendor call that failed for this write alone becomes its failure, a fatal one stops all. */
    static WriteResult guarded(java.util.function.Supplier<WriteResult> write) {
        try {
            return write.get();
        } catch (VendorCallException e) {
            if (e.isFatal()) {
                throw e;
            }
            return failed(e.getMessage());
        }
    }

    boolean ok() {
        return failure == null;
    }
}
