-- Tokens that generated sites use to read a project's content through the delivery API.
-- Like personal API tokens, only a hash is kept; the secret is shown once.
create table delivery_tokens (
    id         uuid primary key,
    project_id uuid        not null references projects (id) on delete cascade,
    kind       varchar(16) not null,
    name       varchar(80) not null,
    token_hash varchar(64) not null unique,
    token_hint varchar(16) not null,
    created_at timestamptz not null,
    revoked_at timestamptz
);
create index delivery_tokens_project on delivery_tokens (project_id);
