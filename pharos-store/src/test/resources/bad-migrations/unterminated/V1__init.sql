-- a comment
CREATE TABLE a (x INTEGER);

CREATE TABLE b (
  y INTEGER
)
