-- The webhook through which a project's CMS reports publishing. The secret (sealed like the connection's
-- secrets) authenticates the vendor's calls: in the URL for Optimizely Graph, whose webhooks carry no signature,
-- and as the signing secret for Contentful and Sanity. It outlives a changed connection, so a webhook already
-- registered keeps working. state says whether the studio registered it at the vendor and, if not, why.
create table cms_webhooks (
    project_id    uuid primary key references projects (id) on delete cascade,
    secret        text         not null,
    state         varchar(16)  not null,
    detail        text,
    registered_as varchar(2000),
    remote_id     varchar(200),
    updated_at    timestamptz  not null
);
