-- Trigram indexes make "contains" search on content fast at 100,000+ items.
create extension if not exists pg_trgm;

create table users (
    id            uuid primary key,
    username      varchar(64)  not null unique,
    password_hash varchar(100) not null,
    role          varchar(16)  not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null
);

create table api_tokens (
    id           uuid primary key,
    user_id      uuid        not null references users (id) on delete cascade,
    name         varchar(80) not null,
    token_hash   varchar(64) not null unique,
    token_hint   varchar(16) not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_tokens_user on api_tokens (user_id);

create table projects (
    id                 uuid primary key,
    owner_id           uuid         not null references users (id),
    name               varchar(120) not null,
    description        varchar(500),
    prompt             text         not null,
    industry           varchar(32)  not null,
    cms_type           varchar(16)  not null,
    status             varchar(16)  not null,
    seed               bigint       not null,
    content_type_count int          not null default 0,
    content_item_count int          not null default 0,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0
);
create index projects_owner on projects (owner_id, created_at desc);

create table content_types (
    id           uuid primary key,
    project_id   uuid         not null references projects (id) on delete cascade,
    key          varchar(64)  not null,
    display_name varchar(120) not null,
    kind         varchar(16)  not null,
    description  varchar(500),
    position     int          not null,
    fields       jsonb        not null,
    unique (project_id, key)
);

create table content_items (
    id          uuid primary key,
    project_id  uuid         not null references projects (id) on delete cascade,
    type_key    varchar(64)  not null,
    locale      varchar(16)  not null,
    slug        varchar(200) not null,
    title       varchar(300) not null,
    data        jsonb        not null,
    -- The item's short scalar values (numbers, dates, enums, short text): sorting reads this small
    -- column instead of decompressing the whole document for every matching row.
    sort_data   jsonb        not null,
    search_text text         not null,
    status      varchar(16)  not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    unique (project_id, type_key, locale, slug)
);
create index content_items_type_title on content_items (project_id, type_key, title);
create index content_items_project_title on content_items (project_id, title);
create index content_items_search on content_items using gin (search_text gin_trgm_ops);

create table generation_runs (
    id           uuid primary key,
    project_id   uuid        not null references projects (id) on delete cascade,
    state        varchar(16) not null,
    step         varchar(16) not null,
    items_total  int         not null default 0,
    items_done   int         not null default 0,
    type_cursor  int         not null default 0,
    index_cursor int         not null default 0,
    notices      text,
    error        text,
    created_at   timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz,
    version      bigint      not null default 0
);
create index generation_runs_project on generation_runs (project_id, created_at desc);
