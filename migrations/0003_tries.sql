-- Interactive behaviour: which try a saved response is. A wrong answer may be
-- tried again until the question's tries run out; each earlier try costs the
-- quiz's penalty.
ALTER TABLE responses ADD COLUMN tries INTEGER NOT NULL DEFAULT 1;
