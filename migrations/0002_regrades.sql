-- An explicit regrade of one version: a teacher accepted an answer (an appeal),
-- corrected keys, or asked for the responses to be scored again. Every response
-- to the questions concerned was scored again; the record keeps what changed,
-- so no score ever changes silently.
CREATE TABLE regrades (
  id            TEXT PRIMARY KEY,
  quiz_id       TEXT NOT NULL REFERENCES quizzes(id),
  version       INTEGER NOT NULL,
  teacher_id    TEXT NOT NULL REFERENCES teachers(id),
  reason        TEXT NOT NULL,           -- 'appeal' | 'key-correction' | 'rescore'
  question_ids  TEXT NOT NULL,           -- JSON: the questions regraded
  answer        TEXT,                    -- appeals: the accepted answer as JSON {text, weight, feedback?}
  checked       INTEGER NOT NULL,        -- responses scored again
  changes       TEXT NOT NULL,           -- JSON: [{attemptId, questionId, studentName, answer, finished, before, after}]
  created_at    TEXT NOT NULL,
  FOREIGN KEY (quiz_id, version) REFERENCES quiz_versions(quiz_id, version)
);
CREATE INDEX regrades_by_quiz ON regrades(quiz_id, created_at);

-- Bumped by every regrade: a response scored against an older key can then no
-- longer be saved (the student reloads and answers against the new key).
ALTER TABLE quiz_versions ADD COLUMN key_revision INTEGER NOT NULL DEFAULT 0;
