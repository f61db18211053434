package io.digestcatalog.core.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import io.digestcatalog.core.digest.RemoteDigestFetcher;

/** The {@code remote_source} table: conditional-GET validators of remote digests. */
public final class RemoteSourceStore implements RemoteDigestFetcher.ValidatorStore {

	/**
	 * Shared by every catalog generation: a rebuild refreshes what the last run fetched.
	 */
	private static final String TABLE = CatalogGenerations.SHARED_SCHEMA + ".remote_source";

	private final DataSource dataSource;

	public RemoteSourceStore(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Optional<RemoteDigestFetcher.Validators> load(URI url) {
		try (Connection c = this.dataSource.getConnection()) {
			return Jdbc.first(c, "SELECT etag, last_modified, cached_path FROM " + TABLE + " WHERE url = ?",
					rs -> new RemoteDigestFetcher.Validators(rs.getString(1), rs.getString(2),
							(rs.getString(3) != null) ? Path.of(rs.getString(3)) : null),
					Jdbc.cut(url.toString(), 2000));
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot read remote sources: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void save(URI url, RemoteDigestFetcher.Validators v, String sha256, int status) {
		try (Connection c = this.dataSource.getConnection()) {
			Jdbc.update(c,
					"""
							MERGE INTO %s r
							USING (VALUES (CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(500)), CAST(? AS VARCHAR(100)),
							               CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(4000)), CAST(? AS INTEGER),
							               CAST(? AS TIMESTAMP)))
							      AS s (url, etag, last_modified, digest_sha, cached_path, status, fetched_at)
							ON r.url = s.url
							WHEN MATCHED THEN UPDATE SET etag = s.etag, last_modified = s.last_modified,
							    digest_sha = s.digest_sha, cached_path = s.cached_path, status = s.status, fetched_at = s.fetched_at
							WHEN NOT MATCHED THEN INSERT (url, etag, last_modified, digest_sha, cached_path, status, fetched_at)
							    VALUES (s.url, s.etag, s.last_modified, s.digest_sha, s.cached_path, s.status, s.fetched_at)
							"""
						.formatted(TABLE),
					Jdbc.cut(url.toString(), 2000), Jdbc.cut(v.etag(), 500), Jdbc.cut(v.lastModified(), 100), sha256,
					(v.cachedBody() != null) ? v.cachedBody().toString() : null, status, Timestamp.from(Instant.now()));
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot record a remote source: " + ex.getMessage(), ex);
		}
	}

}
