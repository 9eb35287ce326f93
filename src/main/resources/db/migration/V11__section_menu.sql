-- Which sections the site's main menu shows (a newsroom with many sections keeps the menu short).
-- Every section keeps its page, feed and footer link either way.
alter table section add column in_menu boolean default true not null;
