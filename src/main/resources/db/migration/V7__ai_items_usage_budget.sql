-- Every call to the model, with its tokens and estimated cost, so usage adds up per run and per project.
create table ai_usage (
    id                uuid primary key,
    project_id        uuid          not null references projects (id) on delete cascade,
    run_id            uuid,
    purpose           varchar(32)   not null,
    model             varchar(120)  not null,
    prompt_tokens     bigint        not null,
    completion_tokens bigint        not null,
    cost_usd          numeric(14, 6) not null,
    price_known       boolean       not null,
    created_at        timestamptz   not null
);
create index ai_usage_project on ai_usage (project_id);
create index ai_usage_run on ai_usage (run_id);

-- A project's running totals, kept next to its budget so a budget check and the projects list read one row.
-- Only added to by one statement (never written back from a loaded project), so concurrent calls cannot lose any.
alter table projects add column budget_usd numeric(12, 2);
alter table projects add column ai_calls int not null default 0;
-- Calls to a model without a configured price: their cost counts as 0, and the studio says so.
alter table projects add column ai_unpriced_calls int not null default 0;
alter table projects add column ai_prompt_tokens bigint not null default 0;
alter table projects add column ai_completion_tokens bigint not null default 0;
alter table projects add column ai_cost_usd numeric(14, 6) not null default 0;

-- A run either generates a whole project or adds items of one type to it ("generate more").
alter table generation_runs add column kind varchar(16) not null default 'FULL';
alter table generation_runs add column type_key varchar(64);
alter table generation_runs add column requested int not null default 0;
alter table generation_runs add column start_index int not null default 0;

-- Item batches a run has committed: written in the same transaction as the batch's items, so a restarted
-- run skips exactly these and never writes a batch twice, whatever order concurrent batches finished in.
create table generation_batches (
    run_id      uuid        not null references generation_runs (id) on delete cascade,
    type_key    varchar(64) not null,
    batch_no    int         not null,
    items       int         not null,
    dropped     int         not null,
    finished_at timestamptz not null,
    primary key (run_id, type_key, batch_no)
);
