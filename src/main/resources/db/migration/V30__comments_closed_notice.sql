-- What an article whose comments are closed says instead of the form. The default writes the comma
-- Arabic punctuation wants after عذراً; a site that keeps the seed site's "عذراً التعليقات مغلقة"
-- (or its own words) saves it on the settings page.
alter table site_setting add column comments_closed_notice varchar(200) default 'عذراً، التعليقات مغلقة' not null;
