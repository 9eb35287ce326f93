-- What an import from WordPress brought in: one row per imported thing, WordPress id -> Nashir id
-- per kind, so a second run updates or skips instead of inserting again, and old WordPress
-- addresses (/?p=123, /2024/06/17/slug/, /category/x/, /tag/y/, /author/z/) can answer 301.
-- Portable H2/PostgreSQL SQL (see shared stack notes).
--
-- kind: author | category | tag | post | page | attachment | comment
-- wp_id: the WordPress id (post, term, comment or author id; an author without one by login)
-- nashir_id: article, section, tag, author, media or comment id
-- wp_slug: the decoded WordPress slug (post_name, category or tag nicename, author login)
-- wp_date: a post's local publication day as in its old address (yyyy-mm-dd), else null
-- fingerprint: a hash of what was imported, so an unchanged item is skipped on the next run
create table wordpress_import (
    kind          varchar(20)   not null,
    wp_id         varchar(100)  not null,
    nashir_id     bigint        not null,
    wp_slug       varchar(400),
    wp_date       varchar(10),
    fingerprint   varchar(64)   not null,
    imported_at   timestamp with time zone not null,
    primary key (kind, wp_id)
);
create index wordpress_import_slug_idx on wordpress_import (wp_slug, kind);
