package io.digestcatalog.eval.dedupe;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.digestcatalog.core.dedupe.er.AuthorList;
import io.digestcatalog.core.dedupe.er.EntityResolver;
import io.digestcatalog.core.dedupe.er.Resolution;
import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The Cora citation benchmark: 1,879 noisily segmented citations resolved, and the
 * clusters scored against the duplicate pairs' transitive closure (182 clusters),
 * pairwise and B-cubed.
 */
public final class CoraBenchmark {

	private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

	private CoraBenchmark() {
	}

	/**
	 * The result.
	 *
	 * @param records records resolved
	 * @param trueClusters clusters of the transitive closure of the duplicate pairs
	 * @param predictedClusters clusters predicted
	 * @param pairwise pairwise accuracy over the transitive closure
	 * @param bCubed B-cubed accuracy
	 * @param seconds wall time of the resolution
	 * @param resolution the resolution itself
	 */
	public record Result(int records, int trueClusters, int predictedClusters, PairAccuracy pairwise, BCubed bCubed,
			double seconds, Resolution resolution) {
	}

	/**
	 * Runs the benchmark on the folder holding {@code cora.tsv} and {@code cora_DPL.tsv}.
	 */
	public static Result run(Path folder) {
		List<ResolutionRecord> records = read(folder.resolve("cora.tsv"));
		Map<String, String> truth = truth(folder.resolve("cora_DPL.tsv"), records);
		long start = System.nanoTime();
		Resolution resolution = new EntityResolver().resolve(records);
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<String, String> predicted = resolution.clusterIdByRecord();
		return new Result(records.size(), (int) truth.values().stream().distinct().count(),
				resolution.clusters().size(), ClusterMetrics.pairwise(predicted, truth),
				ClusterMetrics.bCubed(predicted, truth), seconds, resolution);
	}

	static List<ResolutionRecord> read(Path file) {
		List<ResolutionRecord> records = new ArrayList<>();
		for (Map<String, String> row : tsv(file)) {
			records.add(ResolutionRecord.of(row.get("id").strip(), row.getOrDefault("title", ""))
				.withAuthors(AuthorList.split(row.get("authors")))
				.withYear(year(row.get("year"), row.get("date")))
				.withVenue(firstPresent(row.get("journal"), row.get("booktitle"), row.get("tech"),
						row.get("institution"))));
		}
		return records;
	}

	/** Record id to true cluster label: the union-find closure of the duplicate pairs. */
	static Map<String, String> truth(Path pairs, List<ResolutionRecord> records) {
		Map<String, String> parent = new HashMap<>();
		records.forEach(r -> parent.put(r.id(), r.id()));
		for (Map<String, String> row : tsv(pairs)) {
			String a = find(parent, row.get("id1").strip());
			String b = find(parent, row.get("id2").strip());
			if (!a.equals(b)) {
				parent.put(a, b);
			}
		}
		Map<String, String> labels = new HashMap<>();
		records.forEach(r -> labels.put(r.id(), find(parent, r.id())));
		return labels;
	}

	private static String find(Map<String, String> parent, String id) {
		String root = id;
		while (!parent.get(root).equals(root)) {
			root = parent.get(root);
		}
		return root;
	}

	private static Integer year(String... fields) {
		for (String field : fields) {
			Matcher m = YEAR.matcher((field == null) ? "" : field);
			if (m.find()) {
				return Integer.valueOf(m.group(1));
			}
		}
		return null;
	}

	private static String firstPresent(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	private static List<Map<String, String>> tsv(Path file) {
		CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator('\t').withoutQuoteChar();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
					.with(schema)
					.readValues(reader)) {
			return rows.readAll();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
