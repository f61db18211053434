-- Every sighting keeps the record its digest gave, so that a paper is the projection of its
-- records (the best value of each field by source ranking, the union of links) and an
-- operator can take a record back out of a paper. Entity resolution runs over these
-- records and keeps its state here, so a nightly run compares only the new ones.

ALTER TABLE appearance ADD COLUMN authors VARCHAR(16000);
ALTER TABLE appearance ADD COLUMN abstract_text VARCHAR(65536);
ALTER TABLE appearance ADD COLUMN arxiv_id VARCHAR(40);
ALTER TABLE appearance ADD COLUMN arxiv_version INTEGER;
ALTER TABLE appearance ADD COLUMN doi VARCHAR(300);
ALTER TABLE appearance ADD COLUMN published_on DATE;
ALTER TABLE appearance ADD COLUMN categories VARCHAR(1000);
ALTER TABLE appearance ADD COLUMN comments VARCHAR(4000);
ALTER TABLE appearance ADD COLUMN journal_ref VARCHAR(1000);
ALTER TABLE appearance ADD COLUMN keywords VARCHAR(4000);
-- the record's id for entity resolution and operators: the digest's SHA-256 cut to 16 hex
-- digits, ':', the ordinal
ALTER TABLE appearance ADD COLUMN record_id VARCHAR(40);
-- the cluster entity resolution put the record in; NULL until a resolve step has seen it
ALTER TABLE appearance ADD COLUMN cluster_id VARCHAR(40);

UPDATE appearance SET record_id = SUBSTRING(digest_sha FROM 1 FOR 16) || ':' || CAST(ordinal AS VARCHAR(20));
CREATE UNIQUE INDEX appearance_record_idx ON appearance (record_id);

-- when each merge was decided
ALTER TABLE merge_decision ADD COLUMN decided_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP;

-- which record named which link and identifier
CREATE TABLE appearance_link (
    digest_sha VARCHAR(64)   NOT NULL,
    ordinal    BIGINT        NOT NULL,
    url        VARCHAR(2000) NOT NULL,
    origin     VARCHAR(8)    NOT NULL,
    PRIMARY KEY (digest_sha, ordinal, url),
    FOREIGN KEY (digest_sha, ordinal) REFERENCES appearance (digest_sha, ordinal)
);

CREATE TABLE appearance_mention (
    digest_sha   VARCHAR(64)  NOT NULL,
    ordinal      BIGINT       NOT NULL,
    mention_kind VARCHAR(10)  NOT NULL,
    mention      VARCHAR(300) NOT NULL,
    PRIMARY KEY (digest_sha, ordinal, mention_kind, mention),
    FOREIGN KEY (digest_sha, ordinal) REFERENCES appearance (digest_sha, ordinal)
);

-- every link entity resolution found between two records, accepted or refused by the
-- clustering guard
CREATE TABLE resolve_link (
    record_a VARCHAR(40)      NOT NULL,
    record_b VARCHAR(40)      NOT NULL,
    rule     VARCHAR(16)      NOT NULL,
    score    DOUBLE PRECISION NOT NULL,
    reason   VARCHAR(1000)    NOT NULL,
    refusal  VARCHAR(1000),
    PRIMARY KEY (record_a, record_b)
);

-- an operator's corrections between two records: 'never' (different papers) or 'always'
CREATE TABLE resolve_override (
    record_a   VARCHAR(40)   NOT NULL,
    record_b   VARCHAR(40)   NOT NULL,
    kind       VARCHAR(6)    NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    PRIMARY KEY (record_a, record_b)
);

-- catalogs loaded before records were kept: each sighting carries its paper's values, the
-- best that can be said of it now
UPDATE appearance SET
    authors = (SELECT p.authors FROM paper p WHERE p.paper_id = appearance.paper_id),
    abstract_text = (SELECT p.abstract_text FROM paper p WHERE p.paper_id = appearance.paper_id),
    arxiv_id = (SELECT p.arxiv_id FROM paper p WHERE p.paper_id = appearance.paper_id),
    arxiv_version = (SELECT p.arxiv_version FROM paper p WHERE p.paper_id = appearance.paper_id),
    doi = (SELECT p.doi FROM paper p WHERE p.paper_id = appearance.paper_id),
    published_on = (SELECT p.published_on FROM paper p WHERE p.paper_id = appearance.paper_id),
    categories = (SELECT p.categories FROM paper p WHERE p.paper_id = appearance.paper_id),
    comments = (SELECT p.comments FROM paper p WHERE p.paper_id = appearance.paper_id),
    journal_ref = (SELECT p.journal_ref FROM paper p WHERE p.paper_id = appearance.paper_id),
    keywords = (SELECT p.keywords FROM paper p WHERE p.paper_id = appearance.paper_id);

INSERT INTO appearance_link (digest_sha, ordinal, url, origin)
SELECT a.digest_sha, a.ordinal, l.url, l.origin
FROM appearance a JOIN paper_link l ON l.paper_id = a.paper_id
WHERE l.origin <> 'pdf';

INSERT INTO appearance_mention (digest_sha, ordinal, mention_kind, mention)
SELECT a.digest_sha, a.ordinal, m.mention_kind, m.mention
FROM appearance a JOIN paper_mention m ON m.paper_id = a.paper_id;
