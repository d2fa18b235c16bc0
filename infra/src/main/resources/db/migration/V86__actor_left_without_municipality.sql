-- A person who deleted their account, or whose data the retention time removed, keeps no home
-- municipality (issue 13: account deletion kept it). Everyone else still has one (the domain checks it).
alter table actor alter column home_municipality drop not null;
update actor set home_municipality = null
where email like '%@fellesgrunn.invalid' or email like '%@anonymised.invalid';
