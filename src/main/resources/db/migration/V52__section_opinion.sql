-- Opinion sections ("رأي"): their articles show the columnist's photo beside the headline.
alter table section add column opinion boolean default false not null;
