-- Every saved change of a project's content model: who saved it, what it changed (readable lines) and the
-- model it produced. The newest number is the version a designer's draft must start from to be saved.
create table model_versions (
    project_id  uuid         not null references projects (id) on delete cascade,
    number      int          not null,
    author_id   uuid         references users (id) on delete set null,
    author_name varchar(100),
    changes     jsonb        not null,
    model       jsonb        not null,
    created_at  timestamptz  not null,
    primary key (project_id, number)
);
