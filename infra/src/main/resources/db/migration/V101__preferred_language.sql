-- The language a person chose in the language switcher (issue 10): mails to them are written in
-- it. Empty until they choose; then the mail falls back to the languages on their profile, then bokmål.
alter table user_account add column preferred_language text check (preferred_language in ('nb', 'nn', 'en'));
