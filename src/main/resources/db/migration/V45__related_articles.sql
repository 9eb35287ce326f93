-- "اقرأ أيضاً" kept per article (search/RelatedLists): the ids of the public articles most like it,
-- best first, as the search index found them. An article page reads this row instead of running
-- a similarity search over the archive on every render (at a million articles the search was most
-- of a cold article's cost). Derived data: the article's change forgets its row, a background
-- worker on every node fills missing rows and refreshes old ones, and a lost table only costs speed.
create table article_related (
    article_id   bigint                   not null primary key references article (id) on delete cascade,
    related_ids  varchar(400)             not null,
    computed_at  timestamp with time zone not null
);
