package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import io.digestcatalog.core.dedupe.NormalizedTitle;
import io.digestcatalog.core.dedupe.er.AuthorList;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

/**
 * A paper as the projection of its records: every digest sighting and every applied PDF
 * of the paper gives values, and the paper keeps the best value of each field. Records
 * rank by source, then by arXiv version (latest first), then by date seen (earliest
 * first). The title is the best-ranked record's; other values must be complete (not much
 * shorter than the longest given: a cut abstract or a truncated author list loses) and
 * come from the best-ranked record that has a complete one; authors are the best list
 * plus the names only other records give, categories and keywords the union of all. The
 * result depends on the set of records alone, so merging papers in any order, restarting
 * a run, or taking a record back out all end in the same paper.
 */
final class PaperProjection {

	/** Between the names of a stored author list, or its keywords. */
	private static final Pattern LIST_BREAK = Pattern.compile("; ", Pattern.LITERAL);

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** A value at least this share of the longest value given counts as complete. */
	static final double COMPLETE = 0.8;

	/**
	 * The projected columns of a paper row, in the order {@link #refresh} writes them.
	 */
	private static final List<String> PAPER_COLUMNS = List.of("title", "normalized_title", "abstract_text", "authors",
			"arxiv_id", "arxiv_version", "doi", "first_seen", "last_seen", "published_on", "categories", "comments",
			"journal_ref", "keywords");

	private PaperProjection() {
	}

	/**
	 * What one record says of a paper; everything but source and order may be missing.
	 *
	 * @param source {@code digest:<format>} or {@code pdf}
	 * @param order a stable tie-breaker unique within the paper
	 * @param seen the digest's date, or {@code null}
	 */
	record Sighting(String source, String order, LocalDate seen, String title, String authors, String abstractText,
			String arxivId, Integer arxivVersion, String doi, LocalDate publishedOn, String categories, String comments,
			String journalRef, String keywords) {

		Sighting {
			Objects.requireNonNull(source, "source");
			Objects.requireNonNull(order, "order");
		}

	}

	/**
	 * The projected values and which source gave each.
	 *
	 * @param title never {@code null}
	 * @param sources field name to the source of its value
	 */
	record Projection(String title, PaperRow row, Map<String, String> sources) {

	}

	/** Recomputes the paper's fields from its records; false when it has none. */
	static boolean refresh(Connection c, String paperId, SourceRanking ranking) {
		List<Sighting> sightings = sightings(c, paperId);
		if (sightings.stream().noneMatch(s -> s.title() != null)) {
			return false;
		}
		Projection p = project(sightings, ranking);
		List<Object> row = columns(p);
		// rows are read far faster than written: write only what the projection changed
		// (a new paper's one sighting, a sighting that adds nothing, change none)
		List<String> stored = Jdbc
			.first(c, "SELECT " + String.join(", ", PAPER_COLUMNS) + " FROM paper WHERE paper_id = ?", rs -> {
				List<String> values = new ArrayList<>(PAPER_COLUMNS.size());
				for (int i = 1; i <= PAPER_COLUMNS.size(); i++) {
					values.add(rs.getString(i));
				}
				return values;
			}, paperId)
			.orElse(null);
		if (!row.stream().map(v -> (v != null) ? v.toString() : null).toList().equals(stored)) {
			Object[] params = new Object[row.size() + 1];
			row.toArray(params);
			params[row.size()] = paperId;
			Jdbc.update(c, "UPDATE paper SET " + String.join(" = ?, ", PAPER_COLUMNS) + " = ? WHERE paper_id = ?",
					params);
		}
		Map<String, String> storedSources = new HashMap<>();
		Jdbc.query(c, "SELECT field, source FROM paper_field_source WHERE paper_id = ?",
				rs -> storedSources.put(rs.getString(1), rs.getString(2)), paperId);
		Map<String, String> sources = sources(p);
		for (Map.Entry<String, String> e : storedSources.entrySet()) {
			if (!e.getValue().equals(sources.get(e.getKey()))) {
				Jdbc.update(c, "DELETE FROM paper_field_source WHERE paper_id = ? AND field = ?", paperId, e.getKey());
			}
		}
		for (Map.Entry<String, String> e : sources.entrySet()) {
			if (!e.getValue().equals(storedSources.get(e.getKey()))) {
				Jdbc.update(c, "INSERT INTO paper_field_source (paper_id, field, source) VALUES (?, ?, ?)", paperId,
						e.getKey(), e.getValue());
			}
		}
		return true;
	}

	/**
	 * Inserts a new paper whose one record is {@code sighting}, as {@link #refresh} would
	 * leave it once the record is stored, without reading anything back; its field
	 * sources go to {@code later}.
	 */
	static void insert(Connection c, String paperId, Sighting sighting, SourceRanking ranking, Jdbc.Batches later) {
		Projection p = project(List.of(sighting), ranking);
		List<Object> row = columns(p);
		Object[] params = new Object[row.size() + 1];
		params[0] = paperId;
		for (int i = 0; i < row.size(); i++) {
			params[i + 1] = row.get(i);
		}
		Jdbc.update(c, "INSERT INTO paper (paper_id, " + String.join(", ", PAPER_COLUMNS) + ") VALUES (?"
				+ ", ?".repeat(PAPER_COLUMNS.size()) + ")", params);
		for (Map.Entry<String, String> e : sources(p).entrySet()) {
			later.add("INSERT INTO paper_field_source (paper_id, field, source) VALUES (?, ?, ?)", paperId, e.getKey(),
					e.getValue());
		}
	}

	/** The projection's values of {@link #PAPER_COLUMNS}, as stored. */
	private static List<Object> columns(Projection p) {
		PaperRow r = p.row();
		return Arrays.asList(Jdbc.cut(p.title(), 2000), Jdbc.cut(NormalizedTitle.of(p.title()).value(), 2000),
				r.abstractText(), r.authors(), r.arxivId(), r.arxivVersion(), r.doi(), r.firstSeen(), r.lastSeen(),
				r.publishedOn(), r.categories(), r.comments(), r.journalRef(), r.keywords());
	}

	private static Map<String, String> sources(Projection p) {
		Map<String, String> sources = new HashMap<>();
		p.sources().forEach((field, source) -> sources.put(field, Jdbc.cut(source, 40)));
		return sources;
	}

	/** The paper's digest records and the facts of its applied PDFs. */
	static List<Sighting> sightings(Connection c, String paperId) {
		// identifiers count only when the paper holds them as keys: a record an operator
		// took out, or whose join a correction blocked, leaves its id with the paper that
		// holds it, so no two papers show one arXiv id
		Set<String> keys = new java.util.HashSet<>(Jdbc.query(c,
				"SELECT key_kind || ':' || key_value FROM paper_key WHERE paper_id = ? AND key_kind IN ('arxiv', 'doi')",
				rs -> rs.getString(1), paperId));
		List<Sighting> sightings = new ArrayList<>(Jdbc.query(c, """
				SELECT d.format, a.digest_sha, a.ordinal, d.digest_date, a.title_as_seen, a.authors, a.abstract_text,
				       a.arxiv_id, a.arxiv_version, a.doi, a.published_on, a.categories, a.comments, a.journal_ref,
				       a.keywords
				FROM appearance a JOIN digest d ON d.digest_sha = a.digest_sha
				WHERE a.paper_id = ?""",
				rs -> digestSighting(keys, rs.getString(1), rs.getString(2), rs.getLong(3),
						Jdbc.date(rs, "digest_date"), rs.getString(5), rs.getString(6), rs.getString(7),
						rs.getString(8), (Integer) rs.getObject(9), rs.getString(10), Jdbc.date(rs, "published_on"),
						rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15)),
				paperId));
		sightings.addAll(Jdbc.query(c, """
				SELECT url, pdf_authors, pdf_abstract, pdf_arxiv_id, pdf_arxiv_version, pdf_dois FROM artifact
				WHERE paper_id = ? AND applied = TRUE AND pdf_failure IS NULL AND pdf_pages IS NOT NULL""", rs -> {
			String doi = held(keys, "doi", pdfDoi(rs.getString(6)));
			String arxivId = (rs.getString(4) != null)
					? held(keys, "arxiv", ArxivId.parse(rs.getString(4)).map(ArxivId::id).orElse(null)) : null;
			Integer version = (Integer) rs.getObject(5);
			return new Sighting("pdf", "pdf:" + rs.getString(1), null, null, rs.getString(2), rs.getString(3), arxivId,
					(arxivId != null && version != null && version > 0) ? version : null, doi, null, null, null, null,
					null);
		}, paperId));
		return sightings;
	}

	/**
	 * What a digest record says of its paper, as stored in its appearance row.
	 * @param keys the paper's arXiv and DOI keys ({@code kind:value}): an identifier
	 * counts only when the paper holds it
	 */
	static Sighting digestSighting(Set<String> keys, String format, String digestSha, long ordinal, LocalDate seen,
			String title, String authors, String abstractText, String arxivId, Integer arxivVersion, String doi,
			LocalDate publishedOn, String categories, String comments, String journalRef, String keywords) {
		String heldId = held(keys, "arxiv", arxivId);
		return new Sighting("digest:" + format, digestSha + ":" + ordinal, seen, title, authors, abstractText, heldId,
				(heldId != null) ? arxivVersion : null, held(keys, "doi", doi), publishedOn, categories, comments,
				journalRef, keywords);
	}

	/**
	 * The paper's DOI by its PDF: only when page 1 shows exactly one (a cited DOI is not
	 * the paper's); {@code null} otherwise.
	 * @param dois the PDF's DOIs joined by spaces, or {@code null}
	 */
	static String pdfDoi(String dois) {
		if (dois == null || dois.isBlank() || dois.strip().contains(" ")) {
			return null;
		}
		return Doi.parse(dois.strip()).map(Doi::value).orElse(null);
	}

	private static String held(Set<String> keys, String kind, String value) {
		return (value != null && keys.contains(kind + ":" + value)) ? value : null;
	}

	/** The best value of each field among the sightings (at least one with a title). */
	static Projection project(List<Sighting> sightings, SourceRanking ranking) {
		// sources the ranking does not list share its last rank and come in name order
		Comparator<Sighting> ranked = Comparator.<Sighting>comparingInt(s -> ranking.rank(s.source()))
			.thenComparing(Sighting::source)
			.thenComparing(Sighting::arxivVersion, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(Sighting::seen, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Sighting::order);
		List<Sighting> inRank = sightings.stream().sorted(ranked).toList();
		Map<String, String> sources = new LinkedHashMap<>();
		// titles change between versions: the best source's latest version, not the
		// longest
		Sighting title = best(inRank, Sighting::title, v -> 1, "title", sources);
		if (title == null) {
			throw new IllegalArgumentException("no record gives the paper a title");
		}
		Sighting abstractText = best(inRank, Sighting::abstractText, String::length, "abstract", sources);
		Sighting authors = best(inRank, Sighting::authors, a -> LIST_BREAK.split(a).length, "authors", sources);
		Sighting arxiv = best(inRank, Sighting::arxivId, v -> 1, "arxiv_id", sources);
		// a publisher's DOI says more than arXiv's own DataCite DOI
		List<Sighting> doiOrder = new ArrayList<>(inRank);
		doiOrder.sort(Comparator.comparing((Sighting s) -> s.doi() != null && isArxivDoi(s.doi())));
		Sighting doi = best(doiOrder, Sighting::doi, v -> 1, "doi", sources);
		Sighting published = inRank.stream()
			.filter(s -> s.publishedOn() != null)
			.min(Comparator.comparing(Sighting::publishedOn))
			.orElse(null);
		if (published != null) {
			sources.put("published_on", published.source());
		}
		String categories = union(inRank, Sighting::categories, " ", 1000, "categories", sources);
		Sighting comments = best(inRank, Sighting::comments, v -> 1, "comments", sources);
		Sighting journalRef = best(inRank, Sighting::journalRef, v -> 1, "journal_ref", sources);
		String keywords = union(inRank, Sighting::keywords, "; ", 4000, "keywords", sources);
		String arxivId = (arxiv != null) ? arxiv.arxivId() : null;
		Integer version = inRank.stream()
			.filter(s -> arxivId != null && arxivId.equals(s.arxivId()) && s.arxivVersion() != null)
			.map(Sighting::arxivVersion)
			.max(Integer::compare)
			.orElse(null);
		LocalDate firstSeen = inRank.stream()
			.map(Sighting::seen)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
		LocalDate lastSeen = inRank.stream()
			.map(Sighting::seen)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		PaperRow row = new PaperRow(value(abstractText, Sighting::abstractText), authorUnion(inRank, authors), arxivId,
				version, value(doi, Sighting::doi), firstSeen, lastSeen,
				(published != null) ? published.publishedOn() : null, categories, value(comments, Sighting::comments),
				value(journalRef, Sighting::journalRef), keywords);
		return new Projection(title.title(), row, sources);
	}

	/**
	 * The best-ranked sighting whose value is complete: at least {@link #COMPLETE} of the
	 * largest size given.
	 */
	private static Sighting best(List<Sighting> inRank, Function<Sighting, String> field, ToIntFunction<String> size,
			String name, Map<String, String> sources) {
		int largest = 0;
		for (Sighting s : inRank) {
			String v = field.apply(s);
			if (v != null && !v.isBlank()) {
				largest = Math.max(largest, size.applyAsInt(v.strip()));
			}
		}
		for (Sighting s : inRank) {
			String v = field.apply(s);
			if (v != null && !v.isBlank() && size.applyAsInt(v.strip()) >= COMPLETE * largest) {
				sources.put(name, s.source());
				return s;
			}
		}
		return null;
	}

	private static String value(Sighting s, Function<Sighting, String> field) {
		return (s != null) ? field.apply(s) : null;
	}

	private static String authorUnion(List<Sighting> inRank, Sighting best) {
		if (best == null) {
			return null;
		}
		List<List<String>> others = new ArrayList<>();
		for (Sighting s : inRank) {
			if (s != best && s.authors() != null && !s.authors().isBlank()) {
				others.add(Arrays.asList(LIST_BREAK.split(s.authors())));
			}
		}
		List<String> names = AuthorList.union(Arrays.asList(LIST_BREAK.split(best.authors())), others);
		return Jdbc.cut(String.join("; ", names), 16000);
	}

	private static String union(List<Sighting> inRank, Function<Sighting, String> field, String separator, int max,
			String name, Map<String, String> sources) {
		Set<String> values = new LinkedHashSet<>();
		for (Sighting s : inRank) {
			String v = field.apply(s);
			if (v != null && !v.isBlank()) {
				sources.putIfAbsent(name, s.source());
				for (String part : (separator.equals(" ") ? SPACES : LIST_BREAK).split(v)) {
					if (!part.isBlank()) {
						values.add(part.strip());
					}
				}
			}
		}
		return values.isEmpty() ? null : Jdbc.cut(String.join(separator, values), max);
	}

	private static boolean isArxivDoi(String doi) {
		return doi.toLowerCase(java.util.Locale.ROOT).startsWith("10.48550/");
	}

}
