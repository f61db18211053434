-- The catalog. Portable SQL (HSQLDB 2.7 and PostgreSQL 15+); every table has a natural
-- key so that loads are upserts and reruns change nothing.

CREATE TABLE digest (
    digest_sha        VARCHAR(64)   NOT NULL PRIMARY KEY,
    location          VARCHAR(4000) NOT NULL,
    format            VARCHAR(32)   NOT NULL,
    digest_date       DATE,
    date_origin       VARCHAR(200),
    entry_count       INTEGER,
    quarantined_count INTEGER,
    completed         BOOLEAN       DEFAULT FALSE NOT NULL,
    loading_instance  BIGINT
);

CREATE TABLE paper (
    paper_id         VARCHAR(20)    NOT NULL PRIMARY KEY,
    title            VARCHAR(2000)  NOT NULL,
    normalized_title VARCHAR(2000)  NOT NULL,
    abstract_text    VARCHAR(65536),
    authors          VARCHAR(16000),
    arxiv_id         VARCHAR(40),
    arxiv_version    INTEGER,
    doi              VARCHAR(300),
    first_seen       DATE,
    last_seen        DATE
);

CREATE INDEX paper_arxiv_idx ON paper (arxiv_id);
CREATE INDEX paper_doi_idx ON paper (doi);

-- every key a paper is known under; one key belongs to one paper
CREATE TABLE paper_key (
    key_kind  VARCHAR(10)  NOT NULL,
    key_value VARCHAR(300) NOT NULL,
    paper_id  VARCHAR(20)  NOT NULL REFERENCES paper (paper_id),
    PRIMARY KEY (key_kind, key_value)
);

CREATE INDEX paper_key_paper_idx ON paper_key (paper_id);

CREATE TABLE paper_link (
    paper_id   VARCHAR(20)   NOT NULL REFERENCES paper (paper_id),
    url        VARCHAR(2000) NOT NULL,
    kind       VARCHAR(16)   NOT NULL,
    host       VARCHAR(255)  NOT NULL,
    repository VARCHAR(300),
    raw_url    VARCHAR(4000),
    PRIMARY KEY (paper_id, url)
);

-- identifiers cited in a paper's text: never its identity
CREATE TABLE paper_mention (
    paper_id     VARCHAR(20)  NOT NULL REFERENCES paper (paper_id),
    mention_kind VARCHAR(10)  NOT NULL,
    mention      VARCHAR(300) NOT NULL,
    PRIMARY KEY (paper_id, mention_kind, mention)
);

-- a paper seen in digest D at position N, and which key matched it
CREATE TABLE appearance (
    digest_sha    VARCHAR(64)   NOT NULL REFERENCES digest (digest_sha),
    ordinal       BIGINT        NOT NULL,
    paper_id      VARCHAR(20)   NOT NULL REFERENCES paper (paper_id),
    line_no       BIGINT,
    title_as_seen VARCHAR(2000) NOT NULL,
    matched_by    VARCHAR(10)   NOT NULL,
    PRIMARY KEY (digest_sha, ordinal)
);

CREATE INDEX appearance_paper_idx ON appearance (paper_id);

-- two papers found to be one, and why
CREATE TABLE merge_decision (
    survivor_id VARCHAR(20)  NOT NULL,
    merged_id   VARCHAR(20)  NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (survivor_id, merged_id)
);

CREATE TABLE quarantine (
    digest_sha VARCHAR(64)    NOT NULL,
    ordinal    BIGINT         NOT NULL,
    location   VARCHAR(4000)  NOT NULL,
    line_no    BIGINT,
    reason     VARCHAR(1000)  NOT NULL,
    raw_text   VARCHAR(16384),
    PRIMARY KEY (digest_sha, ordinal)
);
