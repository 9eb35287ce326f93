-- Article views per hour ("الأكثر قراءة"), added to by every node (reading/ViewCounts): no cookie,
-- no address, only how many times each article was read in each hour. Rows older than the
-- longest ranking are deleted (ViewCounts.prune).
create table article_view_hour (
    article_id bigint not null references article (id) on delete cascade,
    hour_start timestamp with time zone not null,
    views      bigint not null,
    primary key (article_id, hour_start)
);
create index article_view_hour_start on article_view_hour (hour_start);
