-- Entity resolution keeps its index out of the heap: blocking keys in files beside the
-- database (see KeyRuns), everything else here, so that a run holds one batch of records
-- in memory however large the catalog, and a night touches only its new records' blocks.

-- the resolution epoch a record was resolved in (a full resolution starts a new one, so
-- that every record is pending again without rewriting a row) and its number in the epoch,
-- which the key files name it by
ALTER TABLE appearance ADD COLUMN resolve_epoch INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE appearance ADD COLUMN resolve_no INTEGER;
CREATE INDEX appearance_pending_idx ON appearance (resolve_epoch, record_id);
CREATE INDEX appearance_resolve_no_idx ON appearance (resolve_no);
CREATE INDEX appearance_cluster_idx ON appearance (cluster_id);

-- a record's links are found from either end
CREATE INDEX resolve_link_b_idx ON resolve_link (record_b);

-- the current epoch and how many of its records are resolved; the token names this
-- catalog's key files (set on first use)
CREATE TABLE resolve_state (
    state_id    INTEGER NOT NULL PRIMARY KEY,
    epoch       INTEGER NOT NULL,
    resolved    INTEGER NOT NULL,
    index_token VARCHAR(36)
);
INSERT INTO resolve_state (state_id, epoch, resolved) VALUES (1, 1, 0);

-- a record of each cluster a run changed whose records sit in more than one paper: its
-- papers are merged once the run's records are all resolved
CREATE TABLE resolve_merge_todo (
    record_id VARCHAR(40) NOT NULL PRIMARY KEY
);

-- catalogs resolved by the in-heap index: their records are resolved once more in the
-- first epoch (the result is the same), the links found again
DELETE FROM resolve_link;
