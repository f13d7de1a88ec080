-- A large regrade runs in slices of attempts taken in id order, each slice
-- its own record; a later slice names the first in `continues`.
ALTER TABLE regrades ADD COLUMN continues TEXT REFERENCES regrades(id);
CREATE INDEX attempts_by_version_id ON attempts(quiz_id, version, id);
