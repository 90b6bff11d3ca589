-- Tokens the studio issues to its own builds and site servers; users never see them.
alter table delivery_tokens add column managed boolean not null default false;

-- One build of a project's source commit, served as a preview while it runs.
create table previews (
    id          uuid primary key,
    project_id  uuid        not null references projects (id) on delete cascade,
    commit_id   varchar(40) not null,
    commit_message varchar(300),
    state       varchar(16) not null,
    build_id    varchar(64),
    error       text,
    created_by  uuid,
    created_at  timestamptz not null,
    started_at  timestamptz,
    ready_at    timestamptz,
    finished_at timestamptz,
    version     bigint      not null default 0
);
create index previews_project on previews (project_id, created_at desc);

-- A preview's build promoted to a hosting target.
create table deployments (
    id          uuid primary key,
    project_id  uuid         not null references projects (id) on delete cascade,
    preview_id  uuid         not null references previews (id) on delete cascade,
    commit_id   varchar(40)  not null,
    build_id    varchar(64)  not null,
    target      varchar(32)  not null,
    url         varchar(300),
    state       varchar(16)  not null,
    error       text,
    created_by  uuid,
    created_at  timestamptz  not null,
    started_at  timestamptz,
    live_at     timestamptz,
    ended_at    timestamptz,
    version     bigint       not null default 0
);
create index deployments_project on deployments (project_id, created_at desc);
-- Two approvals at the same moment (two tabs, the UI and the API) cannot both go ahead.
create unique index deployments_one_in_progress on deployments (project_id) where state in ('QUEUED', 'DEPLOYING');

-- The public port each hosted site (a preview or a project's production site) listens on, kept so
-- that URLs stay the same across studio restarts.
create table site_ports (
    label      varchar(64) primary key,
    project_id uuid        not null references projects (id) on delete cascade,
    port       int         not null unique,
    created_at timestamptz not null
);
