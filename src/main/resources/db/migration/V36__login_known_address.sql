-- Addresses from which an account has logged in: the account-wide login delay does not apply to them,
-- so an attacker failing on a name from elsewhere cannot lock its owner out (issue 12, finding 11).
create table login_known_address (
    account_key     varchar(300)  not null,
    address         varchar(100)  not null,
    last_success_at timestamp with time zone not null,
    primary key (account_key, address)
);
