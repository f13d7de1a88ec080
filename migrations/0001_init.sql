-- Teachers authenticate with a key shown once; only its SHA-256 is stored.
CREATE TABLE teachers (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  key_hash    TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL
);

-- A quiz is a stable id; its content lives in versions. `current_version` is the
-- newest (maybe an unpublished draft), `published_version` what students get.
-- Bundled quizzes (from questions/) have no owner.
CREATE TABLE quizzes (
  id                 TEXT PRIMARY KEY,
  owner_id           TEXT REFERENCES teachers(id),
  title              TEXT NOT NULL,
  current_version    INTEGER NOT NULL,
  published_version  INTEGER,
  bundled            INTEGER NOT NULL DEFAULT 0,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  deleted_at         TEXT
);
CREATE INDEX quizzes_by_owner ON quizzes(owner_id, deleted_at);
CREATE INDEX quizzes_published ON quizzes(published_version, deleted_at);

-- Versions are immutable once published: attempts pin one, so an edit never
-- changes a past score.
CREATE TABLE quiz_versions (
  quiz_id        TEXT NOT NULL REFERENCES quizzes(id),
  version        INTEGER NOT NULL,
  content        TEXT NOT NULL,          -- QuizContent as JSON
  question_count INTEGER NOT NULL,
  created_at     TEXT NOT NULL,
  PRIMARY KEY (quiz_id, version)
);

CREATE TABLE attempts (
  id            TEXT PRIMARY KEY,
  quiz_id       TEXT NOT NULL REFERENCES quizzes(id),
  version       INTEGER NOT NULL,
  student_name  TEXT NOT NULL,
  name_key      TEXT NOT NULL,           -- normalised name, for attempts allowed per student
  token_hash    TEXT NOT NULL,
  shuffle_seed  INTEGER NOT NULL,
  started_at    TEXT NOT NULL,
  deadline_at   TEXT,
  finished_at   TEXT,
  score         REAL,
  max_score     REAL,
  FOREIGN KEY (quiz_id, version) REFERENCES quiz_versions(quiz_id, version)
);
CREATE INDEX attempts_by_student ON attempts(quiz_id, name_key);
CREATE INDEX attempts_by_version ON attempts(quiz_id, version, started_at);

-- One row per answered question; a new answer replaces the old one.
CREATE TABLE responses (
  attempt_id   TEXT NOT NULL REFERENCES attempts(id),
  question_id  TEXT NOT NULL,
  response     TEXT NOT NULL,            -- the student's answer as JSON
  score        REAL NOT NULL,
  status       TEXT NOT NULL,
  rule         TEXT NOT NULL,
  saved_at     TEXT NOT NULL,
  PRIMARY KEY (attempt_id, question_id)
);
