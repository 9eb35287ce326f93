-- Archive scale: every public listing is one range of an index read newest first, whatever the
-- size of the archive (docs/performance.md).
--
-- Articles by publication time within a state, the id breaking ties, descending: listings ask
-- for "status = 'published' order by status, published_at desc, id desc" and read the first
-- rows of the range (H2 uses an index for an ORDER BY only when the index's columns and
-- directions appear in it, the equality columns included; PostgreSQL either way).
create index article_newest_idx on article (status, published_at desc, id desc);
create index article_section_newest_idx on article (section_id, status, published_at desc, id desc);
create index article_desk_newest_idx on article (desk_id, status, published_at desc, id desc);
drop index article_public_idx;
drop index article_section_idx;
drop index article_desk_idx;

-- Tag and author listings: each link row carries its article's publication time while the
-- article is published (null otherwise), kept by ArticleRepository on every write, so a tag
-- with 100,000 articles lists its newest twelve from one index range instead of joining and
-- sorting all of them.
alter table article_tag add column public_at timestamp with time zone;
alter table article_author add column public_at timestamp with time zone;
update article_tag set public_at = (select a.published_at from article a
    where a.id = article_tag.article_id and a.status = 'published');
update article_author set public_at = (select a.published_at from article a
    where a.id = article_author.article_id and a.status = 'published');
create index article_tag_listing_idx on article_tag (tag_id, public_at desc, article_id desc);
create index article_author_listing_idx on article_author (author_id, public_at desc, article_id desc);
