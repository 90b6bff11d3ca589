-- Which engine generated a project's model: the offline blueprint generator or an OpenAI-compatible
-- model (with the model's name). Projects created before this existed were all generated offline.
alter table projects add column engine varchar(16) not null default 'OFFLINE';
alter table projects add column engine_model varchar(120);
