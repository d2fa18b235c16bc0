create table user_account (id uuid primary key, email text);
