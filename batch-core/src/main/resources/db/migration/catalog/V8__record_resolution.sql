-- A record's resolution state lives in a narrow row of its own: resolving a record, or
-- moving it to another cluster, rewrites those few bytes, not the appearance (its
-- abstract and every index on it). The loader adds the row with the appearance, in
-- epoch 0 (pending).
CREATE TABLE record_resolution (
    record_id     VARCHAR(40) NOT NULL PRIMARY KEY,
    resolve_epoch INTEGER     DEFAULT 0 NOT NULL,
    resolve_no    INTEGER,
    cluster_id    VARCHAR(40)
);
INSERT INTO record_resolution (record_id, resolve_epoch, resolve_no, cluster_id)
    SELECT record_id, resolve_epoch, resolve_no, cluster_id FROM appearance;
CREATE INDEX record_resolution_pending_idx ON record_resolution (resolve_epoch, record_id);
CREATE INDEX record_resolution_no_idx ON record_resolution (resolve_no);
CREATE INDEX record_resolution_cluster_idx ON record_resolution (cluster_id);

DROP INDEX appearance_pending_idx;
DROP INDEX appearance_resolve_no_idx;
DROP INDEX appearance_cluster_idx;
ALTER TABLE appearance DROP COLUMN resolve_epoch;
ALTER TABLE appearance DROP COLUMN resolve_no;
ALTER TABLE appearance DROP COLUMN cluster_id;
