-- Quality checks of a preview's site: a crawl of its internal links, axe on a sample of pages and
-- Lighthouse on a few. One row per preview; each part's result is kept as JSON as the checker wrote it.
create table preview_checks (
    preview_id  uuid primary key references previews (id) on delete cascade,
    project_id  uuid        not null references projects (id) on delete cascade,
    site_label  varchar(80) not null,
    state       varchar(16) not null,
    progress    varchar(300),
    crawl       jsonb,
    axe         jsonb,
    lighthouse  jsonb,
    queued_at   timestamptz not null,
    started_at  timestamptz,
    finished_at timestamptz,
    version     bigint      not null default 0
);

create index preview_checks_project on preview_checks (project_id);
