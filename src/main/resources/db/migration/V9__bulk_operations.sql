-- A bulk change of many items (publish, unpublish, delete, set a field), run as a job in batches. The
-- selection is kept as asked (IDs or a filter); the cursor is the last item ID done, committed with each
-- batch, so a job that was cut off continues after it.
create table bulk_operations (
    id          uuid primary key,
    project_id  uuid         not null references projects (id) on delete cascade,
    action      varchar(16)  not null,
    request     jsonb        not null,
    state       varchar(16)  not null,
    total       int          not null,
    done        int          not null default 0,
    affected    int          not null default 0,
    cursor_id   uuid,
    error       text,
    created_by  uuid         references users (id) on delete set null,
    created_at  timestamptz  not null,
    finished_at timestamptz,
    version     bigint       not null default 0
);
create index bulk_operations_project on bulk_operations (project_id, created_at desc);
