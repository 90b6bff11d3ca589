-- A project's connection to the user's own CMS. Plain settings (URLs, ids, locale) are JSON; each
-- secret (client secret, tokens, keys) is sealed with AES-GCM under the studio's secrets key, bound to
-- the project, and never stored in the clear.
create table cms_connections (
    project_id uuid primary key references projects (id) on delete cascade,
    provider   varchar(16) not null,
    settings   jsonb       not null,
    secrets    jsonb       not null,
    updated_at timestamptz not null
);
