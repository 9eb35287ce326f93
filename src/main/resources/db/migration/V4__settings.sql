-- Site settings edited in the newsroom, plus what the taxonomy pages need (descriptions, old
-- slugs). Portable H2/PostgreSQL SQL (see shared stack notes).

-- One row (id = 1), written when an admin first saves the settings page. Until then the
-- configured values (nashir.site.*) are the settings; afterwards this row wins. Every save bumps
-- version, which each app node polls to notice a change made on another node.
create table site_setting (
    id                  integer       not null primary key,
    name                varchar(200)  not null,
    tagline             varchar(300)  not null,
    logo_media_id       bigint        references media (id) on delete set null,
    time_zone           varchar(100)  not null,
    months              varchar(20)   not null,
    digits              varchar(20)   not null,
    hijri               boolean       not null,
    comments_close_days integer       not null,
    page_size           integer       not null,
    version             integer       not null,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(200)  not null,
    constraint site_setting_one_row check (id = 1)
);

-- Descriptions shown under the heading of a section, tag or desk page.
alter table section add column description varchar(2000) default '' not null;
alter table tag add column description varchar(2000) default '' not null;
alter table desk add column description varchar(2000) default '' not null;

-- Slugs a section, tag, author or desk had before it was renamed, so old links answer 301.
-- A slug that is in use now always wins over a remembered one.
create table slug_history (
    kind        varchar(20)   not null,
    slug        varchar(200)  not null,
    target_id   bigint        not null,
    changed_at  timestamp with time zone not null,
    primary key (kind, slug)
);
create index slug_history_target_idx on slug_history (kind, target_id);
