-- Production sites search the published copy as the studio searches the working copy: "contains" search over
-- search_text through a trigram index, instead of reading every item of the type. PostgreSQL keeps it current on
-- every publish, unpublish and bulk publish (they insert, replace and delete rows of this table).
--
-- Built in the migration's transaction, before the studio serves: reads of the table go on while it builds, and
-- a failure leaves nothing behind (the whole migration rolls back and is tried again on the next start). The
-- build reads each published item once; over 107,000 published items it took 29 s on a heavily loaded 2-core
-- machine, which the first start after the upgrade waits for. "if not exists" keeps a database where the
-- index was made by hand as it is.
create index if not exists published_items_search on published_items using gin (search_text gin_trgm_ops);

-- The planner's figures for the new index, so the first searches after the upgrade use it.
analyze published_items;
