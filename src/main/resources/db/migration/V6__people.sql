-- People and access in the newsroom: when each account last signed in, when each API token was
-- last used (both shown to admins), and indexes for the audit log's filters.

alter table app_user add column last_login_at timestamp with time zone;
alter table api_token add column last_used_at timestamp with time zone;
create index audit_event_action_idx on audit_event (action, id);
create index audit_event_user_idx on audit_event (user_id, id);
