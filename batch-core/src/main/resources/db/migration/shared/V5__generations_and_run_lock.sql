-- What every catalog generation shares, in the shared schema beside the job repository.
-- Versions continue from 4 because catalogs made before generations kept the catalog's own
-- migrations (V1-V4) in this schema's history.

-- Each catalog generation is a schema of its own ("GEN_<id>") holding every catalog table;
-- readers use the current one, a rebuild fills a new one and then swaps it in with one
-- update of is_current.
CREATE TABLE catalog_generation (
    generation_id    INTEGER      NOT NULL PRIMARY KEY,
    schema_name      VARCHAR(40)  NOT NULL,
    -- BUILDING while a rebuild fills it, COMPLETE once it can be made current
    state            VARCHAR(12)  NOT NULL,
    is_current       BOOLEAN      DEFAULT FALSE NOT NULL,
    -- the generation a rebuild read its digests from
    based_on         INTEGER,
    job_execution_id BIGINT,
    -- the number of catalog migrations applied to its schema
    catalog_version  INTEGER      NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    completed_at     TIMESTAMP,
    current_since    TIMESTAMP,
    papers           BIGINT,
    records          BIGINT,
    digests          BIGINT,
    links            BIGINT
);

-- One writing run at a time: a lease row. The holder renews lease_until while it runs; a
-- holder that died stops renewing and its lease runs out (on the same host a dead pid is
-- seen at once).
CREATE TABLE run_lock (
    lock_name        VARCHAR(40)  NOT NULL PRIMARY KEY,
    holder           VARCHAR(64),
    host             VARCHAR(255),
    pid              BIGINT,
    command          VARCHAR(200),
    job_execution_id BIGINT,
    acquired_at      TIMESTAMP,
    renewed_at       TIMESTAMP,
    lease_until      TIMESTAMP
);

INSERT INTO run_lock (lock_name) VALUES ('catalog');

-- conditional-GET validators of remote digests, shared by every generation (catalogs made
-- before generations have it here already)
CREATE TABLE IF NOT EXISTS remote_source (
    url           VARCHAR(2000) NOT NULL PRIMARY KEY,
    etag          VARCHAR(500),
    last_modified VARCHAR(100),
    digest_sha    VARCHAR(64),
    cached_path   VARCHAR(4000),
    status        INTEGER,
    fetched_at    TIMESTAMP
);
