package io.digestcatalog.eval.dedupe;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.digestcatalog.core.dedupe.er.AuthorList;
import io.digestcatalog.core.dedupe.er.Cluster;
import io.digestcatalog.core.dedupe.er.EntityResolver;
import io.digestcatalog.core.dedupe.er.RecordPair;
import io.digestcatalog.core.dedupe.er.Resolution;
import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The Leipzig DBLP-ACM benchmark: both files resolved as one pool, and the cross-file
 * pairs of the resulting clusters scored against the perfect mapping. Nothing is trained
 * on it.
 */
public final class DblpAcmBenchmark {

	static final String DBLP = "dblp:";

	static final String ACM = "acm:";

	private DblpAcmBenchmark() {
	}

	/**
	 * The result.
	 *
	 * @param records records resolved
	 * @param accuracy cross-file pairs against the mapping
	 * @param seconds wall time of the resolution
	 * @param falsePositives predicted cross-file pairs not in the mapping
	 * @param falseNegatives mapped pairs not predicted
	 * @param resolution the resolution itself
	 */
	public record Result(int records, PairAccuracy accuracy, double seconds, List<RecordPair> falsePositives,
			List<RecordPair> falseNegatives, Resolution resolution) {
	}

	/** Runs the benchmark on the folder holding {@code DBLP2.csv} and {@code ACM.csv}. */
	public static Result run(Path folder) {
		List<ResolutionRecord> records = new ArrayList<>(
				read(folder.resolve("DBLP2.csv"), StandardCharsets.ISO_8859_1, DBLP));
		records.addAll(read(folder.resolve("ACM.csv"), StandardCharsets.US_ASCII, ACM));
		Set<RecordPair> truth = new HashSet<>();
		for (Map<String, String> row : rows(folder.resolve("DBLP-ACM_perfectMapping.csv"), StandardCharsets.US_ASCII)) {
			truth.add(RecordPair.of(DBLP + row.get("idDBLP"), ACM + row.get("idACM")));
		}
		long start = System.nanoTime();
		Resolution resolution = new EntityResolver().resolve(records);
		double seconds = (System.nanoTime() - start) / 1e9;
		Set<RecordPair> predicted = crossPairs(resolution);
		List<RecordPair> falsePositives = predicted.stream().filter(p -> !truth.contains(p)).sorted(ORDER).toList();
		List<RecordPair> falseNegatives = truth.stream().filter(p -> !predicted.contains(p)).sorted(ORDER).toList();
		PairAccuracy accuracy = new PairAccuracy(predicted.size() - falsePositives.size(), predicted.size(),
				truth.size());
		return new Result(records.size(), accuracy, seconds, falsePositives, falseNegatives, resolution);
	}

	private static final java.util.Comparator<RecordPair> ORDER = java.util.Comparator.comparing(RecordPair::first)
		.thenComparing(RecordPair::second);

	private static Set<RecordPair> crossPairs(Resolution resolution) {
		Set<RecordPair> pairs = new HashSet<>();
		for (Cluster cluster : resolution.clusters()) {
			for (String a : cluster.recordIds()) {
				for (String b : cluster.recordIds()) {
					if (a.startsWith(DBLP) && b.startsWith(ACM)) {
						pairs.add(RecordPair.of(a, b));
					}
				}
			}
		}
		return pairs;
	}

	static List<ResolutionRecord> read(Path file, Charset charset, String prefix) {
		List<ResolutionRecord> records = new ArrayList<>();
		for (Map<String, String> row : rows(file, charset)) {
			String year = row.get("year").strip();
			records.add(ResolutionRecord.of(prefix + row.get("id").strip(), row.get("title"))
				.withAuthors(AuthorList.split(row.get("authors")))
				.withVenue(row.get("venue"))
				.withYear(year.isEmpty() ? null : Integer.valueOf(year)));
		}
		return records;
	}

	static List<Map<String, String>> rows(Path file, Charset charset) {
		CsvMapper mapper = new CsvMapper();
		try (Reader reader = Files.newBufferedReader(file, charset);
				MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class)
					.with(CsvSchema.emptySchema().withHeader())
					.readValues(reader)) {
			return rows.readAll();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
