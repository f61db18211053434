package io.digestcatalog.eval.dedupe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real titles, author names and venues from the shared corpus (DBLP-ACM, Cora and the
 * Hugging Face daily-papers dumps), the raw material of the synthetic benchmark.
 *
 * @param titles distinct titles (case-insensitively), in corpus order
 * @param authors distinct author names as printed
 * @param venues distinct venue names
 * @param words distinct lower-case title words of four letters or more
 */
public record RealBibliography(List<String> titles, List<String> authors, List<String> venues, List<String> words) {

	public RealBibliography {
		titles = List.copyOf(titles);
		authors = List.copyOf(authors);
		venues = List.copyOf(venues);
		words = List.copyOf(words);
		if (titles.isEmpty() || authors.isEmpty() || venues.isEmpty()) {
			throw new IllegalArgumentException("a bibliography needs titles, authors and venues");
		}
	}

	/** Reads the corpus folder ({@code .../shared/corpus}). */
	public static RealBibliography load(Path corpus) {
		List<ResolutionRecord> records = new ArrayList<>(
				DblpAcmBenchmark.read(corpus.resolve("dedupe/dblp-acm/DBLP2.csv"), StandardCharsets.ISO_8859_1, "d:"));
		records
			.addAll(DblpAcmBenchmark.read(corpus.resolve("dedupe/dblp-acm/ACM.csv"), StandardCharsets.US_ASCII, "a:"));
		records.addAll(CoraBenchmark.read(corpus.resolve("dedupe/cora/cora.tsv")));
		Set<String> seen = new LinkedHashSet<>();
		List<String> titles = new ArrayList<>();
		Set<String> authors = new LinkedHashSet<>();
		Set<String> venues = new LinkedHashSet<>();
		for (ResolutionRecord record : records) {
			addTitle(record.title(), seen, titles);
			record.authors().stream().map(String::strip).filter(RealBibliography::isFirstLast).forEach(authors::add);
			if (record.venue() != null && !record.venue().isBlank()) {
				venues.add(record.venue().strip());
			}
		}
		readDailyPapers(corpus.resolve("hf-daily-papers-api"), seen, titles, authors);
		Set<String> words = new LinkedHashSet<>();
		for (String title : titles) {
			for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)) {
					words.add(word);
				}
			}
		}
		return new RealBibliography(titles, new ArrayList<>(authors), new ArrayList<>(venues), new ArrayList<>(words));
	}

	/** A name printed "First Last" (the generator reformats it). */
	private static boolean isFirstLast(String name) {
		return name.contains(" ") && !name.contains(",") && !name.endsWith(".") && !name.contains("?");
	}

	private static void addTitle(String title, Set<String> seen, List<String> titles) {
		String clean = title.strip().replaceAll("\\s+", " ");
		// titles of fewer than four words are mostly segmentation debris in Cora; the
		// same paper's DBLP and ACM titles count once
		if (clean.split("\\s+").length >= 4 && seen.add(key(clean))) {
			titles.add(clean);
		}
	}

	/**
	 * The first three longer words, cut to six letters, accents dropped: Cora prints one
	 * title in dozens of noisy ways, which must not become dozens of papers.
	 */
	private static String key(String title) {
		String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return Arrays.stream(plain.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> word.length() >= 4)
			.limit(3)
			.map(word -> word.substring(0, Math.min(6, word.length())))
			.collect(Collectors.joining(" "));
	}

	private static void readDailyPapers(Path folder, Set<String> seen, List<String> titles, Set<String> authors) {
		JsonMapper mapper = JsonMapper.builder().build();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
				JsonNode root = mapper.readTree(Files.readString(file));
				JsonNode items = root.isArray() ? root : root.path("data");
				for (JsonNode item : items) {
					JsonNode paper = item.path("paper");
					if (paper.isObject() && paper.path("title").isString()) {
						addTitle(paper.path("title").asString(), seen, titles);
						for (JsonNode author : paper.path("authors")) {
							String name = author.path("name").asString("").strip();
							if (isFirstLast(name)) {
								authors.add(name);
							}
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + folder, ex);
		}
	}

}
