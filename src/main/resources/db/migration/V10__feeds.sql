-- Feeds: whether they carry each article's whole text or its summary only (site setting).
alter table site_setting add column feed_content varchar(20) default 'full' not null;
