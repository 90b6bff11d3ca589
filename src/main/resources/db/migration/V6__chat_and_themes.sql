-- The chat history of each project: what the user wrote, what the studio answered, and the actions
-- it proposed. An action waits as a card until the user approves or cancels it, so nothing the model
-- says or content contains can act by itself.
create table chat_messages (
    id           uuid primary key,
    project_id   uuid         not null references projects (id) on delete cascade,
    -- Orders the conversation even when two messages share a timestamp.
    seq          bigserial    not null,
    role         varchar(16)  not null,
    -- Who wrote a user message: the studio works out its reply with this person's permissions.
    author_id    uuid         references users (id) on delete set null,
    text         text         not null,
    action_tool  varchar(64),
    action_args  jsonb,
    action_state varchar(16),
    action_result text,
    -- A studio page the message points to (the preview, a new project), if any.
    link         varchar(300),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0
);
create index chat_messages_project on chat_messages (project_id, seq);

-- A theme chosen for a project's site (colours, fonts, layout); without a row the site uses the
-- industry's default palette.
create table site_themes (
    project_id uuid primary key references projects (id) on delete cascade,
    theme      jsonb       not null,
    updated_at timestamptz not null
);
