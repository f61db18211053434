package io.digestcatalog.eval.digests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.catalog.CatalogResolution;
import io.digestcatalog.core.catalog.SourceRanking;
import io.digestcatalog.core.catalog.StoredResolution;
import io.digestcatalog.core.dedupe.er.EntityResolver;
import io.digestcatalog.core.dedupe.er.MergeDecision;
import io.digestcatalog.core.dedupe.er.Overrides;
import io.digestcatalog.core.dedupe.er.RecordPair;
import io.digestcatalog.core.dedupe.er.Resolution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored resolution (a batch of records at a time, blocking keys in files) ends
 * exactly where the in-memory resolver does on the same records: same clusters, same
 * accepted and refused links, same candidate pairs, whatever the batch size, across a
 * restart, and with key files lost or damaged in between.
 */
class StoredResolutionEquivalenceTests {

	@TempDir
	Path dir;

	@Test
	void nightlyAndFullStoredResolutionsInAnyBatchSizeEqualOneResolutionInMemory() throws Exception {
		// given realistic daily digests loaded night by night, each night resolved
		RealisticDigests digests = RealisticDigests.generate(RealPapers.load(RealisticEvaluationTests.CORPUS), 30, 42);
		Path catalog = this.dir.resolve("catalog");
		CatalogRun.load(digests, catalog);

		try (Connection c = open(catalog)) {
			Overrides none = CatalogResolution.overrides(c, List.of(), List.of());
			Resolution memory = new EntityResolver(none).resolve(CatalogResolution.records(c));
			Map<String, String> clusters = memory.clusterIdByRecord();
			assertThat(memory.decisions()).hasSizeGreaterThan(100);
			assertThat(memory.clusters().size()).isLessThan(clusters.size());

			// then the nightly resolutions found what one resolution in memory finds
			assertThat(clusters(c)).isEqualTo(clusters);
			assertThat(links(c)).isEqualTo(links(memory));

			// when a full resolution in batches of 7 is stopped after 5 batches
			Path index = catalog.resolve("resolve-index");
			long pairs = 0;
			try (StoredResolution r = StoredResolution.open(c, index, none, 7)) {
				r.startFull();
				c.commit();
				for (int i = 0; i < 5; i++) {
					pairs += r.resolveBatch().candidatePairs();
					c.commit();
				}
			}
			// and its key files are damaged: the first lost, the last cut short
			List<Path> runs = keyRuns(index);
			assertThat(runs).hasSizeGreaterThan(1);
			Files.delete(runs.get(0));
			Path last = runs.get(runs.size() - 1);
			byte[] bytes = Files.readAllBytes(last);
			Files.write(last, java.util.Arrays.copyOf(bytes, bytes.length - 9));

			// and it is restarted with batches of 11
			try (StoredResolution r = StoredResolution.open(c, index, none, 11)) {
				for (StoredResolution.Batch b = r.resolveBatch(); b != null; b = r.resolveBatch()) {
					pairs += b.candidatePairs();
					c.commit();
				}
				r.applyOverrides();
				while (r.mergesPending()) {
					r.mergePapers(100, SourceRanking.DEFAULT);
				}
				c.commit();
			}

			// then it compared the pairs the in-memory resolver compares, and ends in
			// the same clusters and links
			assertThat(pairs).isEqualTo(memory.stats().candidatePairs());
			assertThat(clusters(c)).isEqualTo(clusters);
			assertThat(links(c)).isEqualTo(links(memory));
			// and every cluster is one paper
			assertThat(count(c, "SELECT COUNT(DISTINCT paper_id) FROM appearance")).isEqualTo(memory.clusters().size());
		}
	}

	private static Connection open(Path catalog) throws SQLException {
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource.setUrl("jdbc:hsqldb:file:" + catalog.resolve("catalog") + ";hsqldb.tx=mvcc;shutdown=true");
		dataSource.setUser("SA");
		dataSource.setPassword("");
		Connection c = dataSource.getConnection();
		c.setAutoCommit(false);
		return c;
	}

	private static List<Path> keyRuns(Path index) throws IOException {
		try (Stream<Path> files = Files.walk(index)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".run")).sorted().toList();
		}
	}

	private static Map<String, String> clusters(Connection c) throws SQLException {
		Map<String, String> clusters = new HashMap<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT record_id, cluster_id FROM record_resolution");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				clusters.put(rs.getString(1), rs.getString(2));
			}
		}
		return clusters;
	}

	/** Each stored link as pair, rule, score and whether the guard refused it. */
	private static TreeSet<String> links(Connection c) throws SQLException {
		TreeSet<String> links = new TreeSet<>();
		try (PreparedStatement ps = c
			.prepareStatement("SELECT record_a, record_b, rule, score, refusal IS NOT NULL FROM resolve_link");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				links.add(link(RecordPair.of(rs.getString(1), rs.getString(2)), rs.getString(3), rs.getDouble(4),
						rs.getBoolean(5)));
			}
		}
		return links;
	}

	private static TreeSet<String> links(Resolution memory) {
		TreeSet<String> links = new TreeSet<>();
		List<List<MergeDecision>> kinds = new ArrayList<>(List.of(memory.decisions(), memory.refused()));
		for (int k = 0; k < kinds.size(); k++) {
			for (MergeDecision d : kinds.get(k)) {
				links.add(link(RecordPair.of(d.recordA(), d.recordB()), d.rule().name(), d.score(), k == 1));
			}
		}
		return links;
	}

	private static String link(RecordPair pair, String rule, double score, boolean refused) {
		return pair.first() + " " + pair.second() + " " + rule + " " + score + (refused ? " refused" : "");
	}

	private static long count(Connection c, String sql) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
