-- Content-addressed images: an object's key ends in the sha-256 of its bytes, so identical bytes in a project are
-- stored once however many assets or variants point at them. Rows from before keep their per-asset keys.
alter table assets add column sha256 varchar(64);
-- UPLOAD, RENDERED (the offline illustration renderer) or MODEL (an image model); generation fills only empty fields.
alter table assets add column origin varchar(16) not null default 'UPLOAD';
create index assets_project_key on assets (project_id, storage_key);

-- Smaller copies for responsive pages (WebP at 480, 960 and 1600 pixels wide, never wider than the original).
create table asset_variants (
    id           uuid primary key,
    asset_id     uuid         not null references assets (id) on delete cascade,
    project_id   uuid         not null references projects (id) on delete cascade,
    width        int          not null,
    height       int          not null,
    content_type varchar(64)  not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)     not null,
    storage_key  varchar(300) not null,
    unique (asset_id, width)
);
create index asset_variants_project_key on asset_variants (project_id, storage_key);

-- The images step of a generation run: how many asset fields it fills and how many it has filled.
alter table generation_runs add column images_total int not null default 0;
alter table generation_runs add column images_done int not null default 0;
