-- The copy of each item that production sites read. content_items is the working copy editors
-- change; an item reaches this table only when it is published, so a draft change stays out of
-- production until then.
create table published_items (
    id           uuid primary key,
    project_id   uuid         not null references projects (id) on delete cascade,
    type_key     varchar(64)  not null,
    locale       varchar(16)  not null,
    -- Not unique: the working copy may have moved its slug to one another published item still holds.
    slug         varchar(200) not null,
    title        varchar(300) not null,
    data         jsonb        not null,
    sort_data    jsonb        not null,
    search_text  text         not null,
    status       varchar(16)  not null,
    -- The working copy's version that was published.
    version      bigint       not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    published_at timestamptz  not null
);
create index published_items_type_title on published_items (project_id, type_key, title);
create index published_items_type_slug on published_items (project_id, type_key, slug);
-- No trigram index: it would slow generation's inserts, and a production search scans one type.

-- Until now an edit of a published item went live at once, so its latest change is what was published.
insert into published_items (id, project_id, type_key, locale, slug, title, data, sort_data, search_text, status,
                             version, created_at, updated_at, published_at)
select id, project_id, type_key, locale, slug, title, data, sort_data, search_text, status,
       version, created_at, updated_at, updated_at
  from content_items
 where status = 'PUBLISHED';
