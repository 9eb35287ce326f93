-- Live breaking news: every change to a breaking item is an event with an ordered id, so an open
-- page (Server-Sent Events, Last-Event-ID) can resume from the last event it saw, on any node.
--
-- Ids come from the one-row counter below, taken with an UPDATE inside the writing transaction:
-- its row lock makes writers wait for each other until commit, so ids become visible strictly in
-- order and a reader that has seen event N has seen every event before N. (An identity column
-- would not do: two transactions can commit in the opposite order of their ids.)
create table breaking_event_counter (
    last_id     bigint not null
);
insert into breaking_event_counter (last_id) values (0);

create table breaking_event (
    id          bigint primary key,
    kind        varchar(20) not null,
    item_id     bigint not null,
    happened_at timestamp with time zone not null
);
create index breaking_event_happened_idx on breaking_event (happened_at);

-- Set once the item's expiry has been announced as an event (or it was ended), so exactly one
-- node announces each expiry.
alter table breaking_item add column expiry_announced boolean default false not null;
update breaking_item set expiry_announced = true where expires_at <= current_timestamp;
create index breaking_item_expiry_idx on breaking_item (expiry_announced, expires_at);
