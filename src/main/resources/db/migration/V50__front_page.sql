-- The home page's curation (frontpage/FrontPageService): articles pinned to the slots of its zones
-- (the lead, the top stories, the strip of secondary stories), each until an optional time after
-- which the slot falls back to the newest article; and which sections' blocks follow, in order.
create table front_pin (
    zone_key     varchar(10) not null,
    position     integer not null,
    article_id   bigint not null references article (id) on delete cascade,
    pinned_until timestamp with time zone,
    primary key (zone_key, position)
);

create table front_section (
    position   integer not null primary key,
    section_id bigint not null references section (id) on delete cascade
);

-- One row: whether the editors chose the section blocks (otherwise every section, in menu order).
create table front_page (
    id              integer not null primary key,
    sections_chosen boolean not null,
    updated_at      timestamp with time zone
);
insert into front_page (id, sections_chosen) values (1, false);
