-- How many published articles each section, tag, author and desk lists, kept on every write by
-- the article's change (ListingCounts, in the same transaction), as WordPress keeps term counts:
-- the WordPress API's counts and totals, and the listing sitemaps, read them instead of counting
-- the archive.
alter table section add column public_count bigint default 0 not null;
alter table tag add column public_count bigint default 0 not null;
alter table author add column public_count bigint default 0 not null;
alter table desk add column public_count bigint default 0 not null;
update section set public_count = (select count(*) from article a where a.section_id = section.id and a.status = 'published');
update desk set public_count = (select count(*) from article a where a.desk_id = desk.id and a.status = 'published');
update tag set public_count = (select count(*) from article_tag x where x.tag_id = tag.id and x.public_at is not null);
update author set public_count = (select count(*) from article_author x where x.author_id = author.id and x.public_at is not null);
