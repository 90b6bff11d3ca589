-- Images in a project's asset library. The bytes live in object storage under storage_key; the row is written
-- after the object is stored, so an upload that fails leaves no row behind.
create table assets (
    id           uuid primary key,
    project_id   uuid          not null references projects (id) on delete cascade,
    file_name    varchar(255)  not null,
    content_type varchar(64)   not null,
    size_bytes   bigint        not null,
    width        int,
    height       int,
    alt          varchar(250)  not null default '',
    storage_key  varchar(300)  not null,
    created_by   uuid          references users (id) on delete set null,
    created_at   timestamptz   not null
);
create index assets_project on assets (project_id, created_at desc);
