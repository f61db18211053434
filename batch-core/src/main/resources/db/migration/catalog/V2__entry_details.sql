-- What richer digests say of a paper (published date, categories, comments, journal
-- reference, keywords) and of one sighting (how a listing presented it, votes, stars, size).

ALTER TABLE paper ADD COLUMN published_on DATE;
ALTER TABLE paper ADD COLUMN categories VARCHAR(1000);
ALTER TABLE paper ADD COLUMN comments VARCHAR(4000);
ALTER TABLE paper ADD COLUMN journal_ref VARCHAR(1000);
ALTER TABLE paper ADD COLUMN keywords VARCHAR(4000);

ALTER TABLE appearance ADD COLUMN listing_kind VARCHAR(12);
ALTER TABLE appearance ADD COLUMN upvotes INTEGER;
ALTER TABLE appearance ADD COLUMN github_stars INTEGER;
ALTER TABLE appearance ADD COLUMN size_text VARCHAR(40);

-- what the digest said of each link: found in prose, or one of the entry's own fields
ALTER TABLE paper_link ADD COLUMN origin VARCHAR(8) DEFAULT 'text' NOT NULL;

-- remote digests fetched over HTTP: what to send for a conditional GET next time
CREATE TABLE remote_source (
    url           VARCHAR(2000) NOT NULL PRIMARY KEY,
    etag          VARCHAR(500),
    last_modified VARCHAR(100),
    digest_sha    VARCHAR(64),
    cached_path   VARCHAR(4000),
    status        INTEGER,
    fetched_at    TIMESTAMP
);
