-- The paper id an operator's correction gave a record (catalog unmerge takes a record out
-- into a paper of its own). A rebuild reads every digest again into a new generation:
-- when that record comes to make a paper, it gets this id again, so papers keep their ids
-- across rebuilds.
CREATE TABLE record_paper (
    record_id VARCHAR(40) NOT NULL PRIMARY KEY,
    paper_id  VARCHAR(20) NOT NULL
);
