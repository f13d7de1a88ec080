-- Addresses that sent too many wrong teacher or admin keys in a minute: no key
-- is checked from them until `until` (an ISO time). The scheduled handler
-- deletes the rows that have expired.
CREATE TABLE auth_blocks (
  address TEXT PRIMARY KEY,
  until TEXT NOT NULL
);
