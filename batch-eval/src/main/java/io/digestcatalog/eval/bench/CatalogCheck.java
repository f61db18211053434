package io.digestcatalog.eval.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import io.digestcatalog.core.catalog.CatalogGenerations;

/**
 * What a benchmark run left in a catalog, read from its files once the job process has
 * exited: counts, and a hash of every appearance's paper and cluster and every link, so
 * that two runs that should end alike (a clean run, a killed and restarted one) are
 * compared row for row without holding either in memory.
 *
 * @param papers papers in the current generation
 * @param records appearances
 * @param links resolution links
 * @param sha256 the hash of the rows above, in key order
 */
record CatalogCheck(long papers, long records, long links, String sha256) {

	static CatalogCheck of(Path dataDir) {
		String url = "jdbc:hsqldb:file:" + dataDir.resolve("catalog") + ";readonly=true;shutdown=true";
		try (Connection c = DriverManager.getConnection(url, "SA", "")) {
			String schema = CatalogGenerations.currentSchema(c)
				.orElseThrow(() -> new IllegalStateException(dataDir + " holds no current catalog generation"));
			String s = CatalogGenerations.quoted(schema) + ".";
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long papers = hash(c, "SELECT paper_id, title, arxiv_id FROM " + s + "paper ORDER BY paper_id", sha);
			long records = hash(c, "SELECT a.record_id, a.paper_id, r.cluster_id FROM " + s + "appearance a JOIN " + s
					+ "record_resolution r ON r.record_id = a.record_id ORDER BY a.record_id", sha);
			long links = hash(c, "SELECT record_a, record_b, rule, score, refusal FROM " + s
					+ "resolve_link ORDER BY record_a, record_b", sha);
			try (Statement st = c.createStatement()) {
				st.execute("SHUTDOWN");
			}
			return new CatalogCheck(papers, records, links, HexFormat.of().formatHex(sha.digest()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the catalog in " + dataDir + ": " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long hash(Connection c, String sql, MessageDigest sha) throws SQLException {
		long rows = 0;
		try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				for (int i = 1; i <= columns; i++) {
					sha.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
					sha.update((byte) 0);
				}
				rows++;
			}
		}
		return rows;
	}

}
