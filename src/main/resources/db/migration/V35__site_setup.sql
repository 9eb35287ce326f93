-- The one-time setup of a new site (/admin/setup). One row: the setup code that the start-up log
-- shows until the first admin exists, and when the setup was completed. Whoever creates the first
-- admin (the setup page on any node, or the create-admin command) locks this row first, so two
-- setups at the same moment make exactly one admin. Portable H2/PostgreSQL SQL.
create table site_setup (
    id            integer       not null primary key,
    setup_code    varchar(40),
    completed_at  timestamp with time zone,
    constraint site_setup_one_row check (id = 1)
);
insert into site_setup (id, setup_code, completed_at) values (1, null, null);
-- A site that already has accounts was set up before this table existed.
update site_setup set completed_at = current_timestamp where exists (select 1 from app_user);
