-- Linked artifacts (paper PDFs) fetched by the ingest job, with what their PDF said, and
-- which source won each field of a paper.

CREATE TABLE artifact (
    paper_id       VARCHAR(20)   NOT NULL REFERENCES paper (paper_id),
    url            VARCHAR(2000) NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    host           VARCHAR(255)  NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    final_url      VARCHAR(2000),
    http_status    INTEGER,
    content_type   VARCHAR(200),
    size_bytes     BIGINT,
    sha256         VARCHAR(64),
    etag           VARCHAR(500),
    last_modified  VARCHAR(100),
    attempts       INTEGER,
    failure        VARCHAR(1000),
    fetched_at     TIMESTAMP,
    pdf_pages      INTEGER,
    pdf_title      VARCHAR(2000),
    pdf_authors    VARCHAR(16000),
    pdf_abstract   VARCHAR(65536),
    pdf_arxiv_id   VARCHAR(40),
    pdf_arxiv_version INTEGER,
    pdf_dois       VARCHAR(2000),
    pdf_links      VARCHAR(16000),
    pdf_info       VARCHAR(4000),
    pdf_failure    VARCHAR(1000),
    applied        BOOLEAN       DEFAULT FALSE NOT NULL,
    PRIMARY KEY (paper_id, url)
);

CREATE INDEX artifact_status_idx ON artifact (status, host);
CREATE INDEX artifact_sha_idx ON artifact (sha256);

-- which source gave each field its value: digest:<format> or pdf
CREATE TABLE paper_field_source (
    paper_id VARCHAR(20) NOT NULL REFERENCES paper (paper_id),
    field    VARCHAR(20) NOT NULL,
    source   VARCHAR(40) NOT NULL,
    PRIMARY KEY (paper_id, field)
);
