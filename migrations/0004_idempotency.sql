-- Replies stored under a client's Idempotency-Key, so a retried save, finish,
-- import or quiz creation returns the first reply instead of acting twice.
-- scope: whose key it is (an attempt and its token's hash, or a teacher), so
-- one client's key never answers another's request. status and body are NULL
-- while the first request is still being served.
CREATE TABLE idempotency_keys (
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status INTEGER,
  body TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
