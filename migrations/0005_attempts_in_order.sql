-- Results list a quiz's attempts oldest first, a page at a time after a
-- (started_at, id) cursor: this index serves that order without a sort.
CREATE INDEX attempts_in_order ON attempts(quiz_id, started_at, id);
