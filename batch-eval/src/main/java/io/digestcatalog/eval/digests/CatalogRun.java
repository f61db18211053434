package io.digestcatalog.eval.digests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hsqldb.jdbc.JDBCDataSource;

import io.digestcatalog.core.catalog.CatalogResolution;
import io.digestcatalog.core.catalog.CatalogSchema;
import io.digestcatalog.core.catalog.CatalogWriter;
import io.digestcatalog.core.catalog.SourceRanking;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.extract.EntryExtractor;
import io.digestcatalog.core.extract.ExtractedEntry;
import io.digestcatalog.eval.digests.RealisticDigests.Digest;
import io.digestcatalog.eval.digests.RealisticDigests.Sighting;

/**
 * The digests loaded as the nightly ingest loads them, into a real HSQLDB file catalog:
 * each day's files written out, sniffed and parsed by the standard formats, extracted,
 * written by the {@link CatalogWriter} (with its load-time key merge) one digest per
 * transaction, then resolved incrementally by {@link CatalogResolution}. The result is
 * each appearance's paper, beside the paper it truly is.
 *
 * @param paperOf each appearance (record id) to the catalog paper it ended in
 * @param truthOf each appearance to the paper it is
 * @param sightingOf each appearance to the entry as rendered
 * @param rejected entries the parsers rejected (none expected)
 */
public record CatalogRun(Map<String, String> paperOf, Map<String, String> truthOf, Map<String, Sighting> sightingOf,
		int rejected) {

	/** Loads the digests into a new catalog under {@code dir}. */
	public static CatalogRun load(RealisticDigests digests, Path dir) {
		try {
			Files.createDirectories(dir);
			JDBCDataSource dataSource = new JDBCDataSource();
			dataSource.setUrl("jdbc:hsqldb:file:" + dir.resolve("catalog") + ";hsqldb.tx=mvcc;shutdown=true");
			dataSource.setUser("SA");
			dataSource.setPassword("");
			CatalogSchema.migrate(dataSource);
			try (Connection c = dataSource.getConnection()) {
				c.setAutoCommit(false);
				CatalogRun run = load(digests, dir, c);
				try (Statement s = c.createStatement()) {
					s.execute("SHUTDOWN");
				}
				return run;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("catalog error: " + ex.getMessage(), ex);
		}
	}

	private static CatalogRun load(RealisticDigests digests, Path dir, Connection c) throws IOException, SQLException {
		DigestFormats formats = DigestFormats.standard();
		CatalogWriter writer = new CatalogWriter(1);
		Map<String, String> truth = new HashMap<>();
		Map<String, Sighting> sightings = new HashMap<>();
		int rejected = 0;
		Map<LocalDate, List<Digest>> byDay = new TreeMap<>();
		digests.digests().forEach(d -> byDay.computeIfAbsent(d.day(), k -> new ArrayList<>()).add(d));
		for (List<Digest> day : byDay.values()) {
			for (Digest digest : day) {
				Path file = DigestRenderer.write(digest, dir);
				DigestFile digestFile = new DigestFile(file, formats, null);
				DigestParser parser = digestFile.parser()
					.orElseThrow(() -> new IllegalStateException(file + " is not sniffed as a digest"));
				if (!parser.format().equals(digest.format())) {
					throw new IllegalStateException(
							file + " sniffs as " + parser.format() + ", rendered as " + digest.format());
				}
				String sha = digestFile.sha256();
				List<ExtractedEntry> entries = new ArrayList<>();
				try (DigestItemStream items = digestFile.open(parser, digest.day(), ZoneOffset.UTC, sha)) {
					for (DigestItem item = items.next(); item != null; item = items.next()) {
						if (item instanceof DigestEntry e) {
							entries.add(EntryExtractor.extract(e));
							Sighting s = digest.entries().get((int) e.ordinal() - 1);
							String record = CatalogResolution.recordId(sha, e.ordinal());
							truth.put(record, s.truth());
							sightings.put(record, s);
						}
						else if (item instanceof RejectedEntry) {
							rejected++;
						}
					}
				}
				if (entries.size() != digest.entries().size()) {
					throw new IllegalStateException(
							file + ": " + entries.size() + " entries read of " + digest.entries().size() + " rendered");
				}
				writer.write(c, entries);
				c.commit();
			}
			// the nightly run resolves what the night loaded
			CatalogResolution.run(c, dir.resolve("resolve-index"), false, List.of(), List.of(), SourceRanking.DEFAULT);
			c.commit();
		}
		Map<String, String> papers = new HashMap<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT record_id, paper_id FROM appearance");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				papers.put(rs.getString(1), rs.getString(2));
			}
		}
		return new CatalogRun(papers, truth, sightings, rejected);
	}

}
