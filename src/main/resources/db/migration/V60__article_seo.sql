-- Search and social texts of an article (issue 14): the title and description that search engines
-- and link previews show when they should differ from the headline and the standfirst. Empty means
-- "use the headline / standfirst".
alter table article add column seo_title varchar(200) default '' not null;
alter table article add column seo_description varchar(500) default '' not null;
