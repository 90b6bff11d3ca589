-- Access to a private site handed to people without a studio account (a share link). A link's ticket
-- names its grant, and the site's address admits it only while the grant is neither revoked nor expired.
create table share_grants (
    id              uuid primary key,
    label           varchar(64) not null,
    project_id      uuid        not null references projects (id) on delete cascade,
    created_by      uuid,
    created_by_name varchar(64) not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    revoked_at      timestamptz
);
create index share_grants_label on share_grants (label, created_at desc);
