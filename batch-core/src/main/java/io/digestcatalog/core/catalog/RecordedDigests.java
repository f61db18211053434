package io.digestcatalog.core.catalog;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.EntryDetails;
import io.digestcatalog.core.digest.ListingKind;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

/**
 * The digests one generation holds, as a rebuild reads them again: grouped by the source
 * they came from (a file, a mailbox, a URL), in the order they were first loaded; and,
 * for a digest whose bytes are gone, its entries as the catalog stored them.
 */
public final class RecordedDigests {

	private static final int PAGE = 500;

	/** A message's place in its mailbox or its Message-ID, after the mailbox's path. */
	private static final Pattern MESSAGE_SUFFIX = Pattern.compile("(#\\d+)?( <[^<>]*>)?$");

	private final DataSource dataSource;

	private final String schema;

	/**
	 * @param schema the generation's schema
	 */
	public RecordedDigests(DataSource dataSource, String schema) {
		this.dataSource = dataSource;
		this.schema = CatalogGenerations.quoted(schema) + ".";
	}

	/**
	 * One digest as recorded.
	 *
	 * @param ref the digest as the catalog knows it (hash, location, format, date)
	 * @param entries entries it gave
	 */
	public record Recorded(DigestRef ref, long entries) {

	}

	/**
	 * A source and the digests recorded from it, in load order.
	 *
	 * @param location the path or URL to read again
	 * @param digests what was read from it
	 */
	public record Source(String location, List<Recorded> digests) {

	}

	/** Every source, in the order its first digest was loaded. */
	public List<Source> sources() {
		Map<String, List<Recorded>> bySource = new LinkedHashMap<>();
		try (Connection c = this.dataSource.getConnection()) {
			Jdbc.query(c,
					"SELECT digest_sha, location, format, digest_date, date_origin, " + "(SELECT COUNT(*) FROM "
							+ this.schema + "appearance a WHERE a.digest_sha = d.digest_sha) FROM " + this.schema
							+ "digest d ORDER BY load_seq, location, digest_sha",
					rs -> {
						DigestRef ref = new DigestRef(rs.getString(1), rs.getString(2), rs.getString(3),
								Jdbc.date(rs, "digest_date"), rs.getString(5));
						return bySource.computeIfAbsent(sourceOf(ref.location()), s -> new ArrayList<>())
							.add(new Recorded(ref, rs.getLong(6)));
					});
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot read the recorded digests: " + ex.getMessage(), ex);
		}
		List<Source> sources = new ArrayList<>();
		bySource.forEach((location, digests) -> sources.add(new Source(location, List.copyOf(digests))));
		return sources;
	}

	/**
	 * The source a digest's location names: the location itself, or for a mail message
	 * the mailbox or message file it is in.
	 */
	public static String sourceOf(String location) {
		return MESSAGE_SUFFIX.matcher(location).replaceFirst("");
	}

	/**
	 * The digest's entries and rejected entries as the catalog stored them, in order,
	 * read a page at a time.
	 */
	public DigestItemStream replay(DigestRef ref) {
		return new DigestItemStream() {

			private final Deque<DigestItem> page = new ArrayDeque<>();

			private long after = -1;

			private final long last = lastOrdinal(ref.sha256());

			@Override
			public DigestItem next() throws IOException {
				while (this.page.isEmpty() && this.after < this.last) {
					this.page.addAll(page(ref, this.after, this.after + PAGE));
					this.after += PAGE;
				}
				return this.page.poll();
			}

			@Override
			public void close() {
				this.page.clear();
			}
		};
	}

	private long lastOrdinal(String sha) {
		try (Connection c = this.dataSource.getConnection()) {
			return Math.max(Jdbc.count(c,
					"SELECT COALESCE(MAX(ordinal), -1) FROM " + this.schema + "appearance WHERE digest_sha = ?", sha),
					Jdbc.count(c,
							"SELECT COALESCE(MAX(ordinal), -1) FROM " + this.schema + "quarantine WHERE digest_sha = ?",
							sha));
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot read a recorded digest: " + ex.getMessage(), ex);
		}
	}

	/** Items with ordinals in (after, upTo], in order. */
	private List<DigestItem> page(DigestRef ref, long after, long upTo) {
		try (Connection c = this.dataSource.getConnection()) {
			Map<Long, List<String>> fieldLinks = new LinkedHashMap<>();
			Jdbc.query(c,
					"SELECT ordinal, url FROM " + this.schema + "appearance_link WHERE digest_sha = ? "
							+ "AND ordinal > ? AND ordinal <= ? AND origin = 'field' ORDER BY ordinal, url",
					rs -> fieldLinks.computeIfAbsent(rs.getLong(1), o -> new ArrayList<>()).add(rs.getString(2)),
					ref.sha256(), after, upTo);
			List<DigestItem> items = new ArrayList<>(Jdbc.query(c, "SELECT ordinal, line_no, title_as_seen, "
					+ "abstract_text, authors, arxiv_id, arxiv_version, doi, published_on, categories, comments, "
					+ "journal_ref, keywords, listing_kind, upvotes, github_stars, size_text FROM " + this.schema
					+ "appearance WHERE digest_sha = ? AND ordinal > ? AND ordinal <= ? ORDER BY ordinal",
					rs -> entry(ref, rs, fieldLinks.getOrDefault(rs.getLong(1), List.of())), ref.sha256(), after,
					upTo));
			items.addAll(Jdbc.query(c,
					"SELECT ordinal, line_no, reason, raw_text FROM " + this.schema
							+ "quarantine WHERE digest_sha = ? AND ordinal > ? AND ordinal <= ?",
					rs -> new RejectedEntry(ref, rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
					ref.sha256(), after, upTo));
			items.sort(java.util.Comparator.comparingLong(DigestItem::ordinal));
			return items;
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot read a recorded digest: " + ex.getMessage(), ex);
		}
	}

	private static DigestEntry entry(DigestRef ref, ResultSet rs, List<String> links) throws SQLException {
		String arxiv = rs.getString("arxiv_id");
		Integer version = rs.getObject("arxiv_version", Integer.class);
		String doi = rs.getString("doi");
		String listing = rs.getString("listing_kind");
		EntryDetails details = new EntryDetails(Jdbc.date(rs, "published_on"), null,
				split(rs.getString("categories"), " "), rs.getString("comments"), rs.getString("journal_ref"), links,
				rs.getObject("upvotes", Integer.class), rs.getObject("github_stars", Integer.class),
				split(rs.getString("keywords"), "; "), (listing != null) ? ListingKind.valueOf(listing) : null,
				rs.getString("size_text"));
		return new DigestEntry(ref, rs.getLong("ordinal"), rs.getLong("line_no"), rs.getString("title_as_seen"),
				rs.getString("abstract_text"), split(rs.getString("authors"), "; "),
				(arxiv != null) ? new ArxivId(arxiv, (version != null) ? version : 0) : null,
				(doi != null) ? new Doi(doi) : null, details);
	}

	private static List<String> split(String joined, String separator) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(Pattern.quote(separator)));
	}

}
