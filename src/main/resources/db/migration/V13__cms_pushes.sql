-- Pushes of a project's model, content and images to its CMS. The plan, counts and failures are JSON
-- the studio shows as they are; a push is a JobRunr job that records its progress here.
create table cms_pushes (
    id                   uuid primary key,
    project_id           uuid        not null references projects (id) on delete cascade,
    provider             varchar(16) not null,
    dry_run              boolean     not null,
    confirm_deletes      boolean     not null,
    confirm_type_changes boolean     not null,
    only_items           jsonb,
    retry_of             uuid,
    state                varchar(16) not null,
    phase                varchar(16) not null,
    plan                 jsonb,
    counts               jsonb       not null,
    failures             jsonb       not null,
    total                integer     not null default 0,
    done                 integer     not null default 0,
    requests             integer     not null default 0,
    error                text,
    created_by           uuid        not null,
    created_at           timestamptz not null,
    started_at           timestamptz,
    finished_at          timestamptz
);
create index cms_pushes_project on cms_pushes (project_id, created_at desc);

-- What the studio last wrote to a CMS, per type, image and item: the vendor's key and a hash of what was
-- sent. A push compares against it, so an unchanged item is not written again and a push cut off midway
-- continues after what it finished. "target" names the CMS (provider and space, project or tenant).
create table cms_push_records (
    project_id     uuid         not null references projects (id) on delete cascade,
    target         varchar(300) not null,
    kind           varchar(8)   not null,
    studio_id      varchar(100) not null,
    vendor_key     varchar(300) not null,
    hash           varchar(64)  not null,
    vendor_version varchar(100),
    published      boolean      not null,
    updated_at     timestamptz  not null,
    primary key (project_id, target, kind, studio_id)
);
