package io.digestcatalog.eval.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

/**
 * A deterministic synthetic bibliography with known clusters, for scale and accuracy at
 * sizes no labelled set has. Papers take the real titles first; past them, a paper's
 * title keeps a real title's shape with each of its words replaced by a word of another
 * real title, so that titles stay realistic while their number grows (and two papers do
 * not share more words at a million records than at ten thousand). Each paper is then
 * seen one to eight times, each sighting perturbed as sources do ({@link Perturbation}).
 * One paper in a hundred has a generic title ("Introduction", "Editorial"...), different
 * papers sharing it: the traps the matcher must not fall into.
 *
 * @param records the sightings, shuffled
 * @param truth record id to true paper
 */
public record SyntheticCorpus(List<ResolutionRecord> records, Map<String, String> truth) {

	private static final String[] GENERIC = { "Introduction", "Editorial", "Preface", "Foreword", "Guest Editorial",
			"Editor's Notes" };

	/** Generates about {@code size} records (exactly, the last paper cut short). */
	public static SyntheticCorpus generate(RealBibliography bibliography, int size, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Perturbation perturbation = new Perturbation(random);
		List<ResolutionRecord> records = new ArrayList<>(size);
		Map<String, String> truth = new HashMap<>(size * 2);
		int paper = 0;
		while (records.size() < size) {
			ResolutionRecord original = paper(bibliography, paper, random);
			boolean generic = List.of(GENERIC).contains(original.title());
			int sightings = 1;
			while (sightings < 8 && random.nextDouble() < 0.55) {
				sightings++;
			}
			for (int i = 0; i < sightings && records.size() < size; i++) {
				String id = String.format("r%07d", records.size());
				ResolutionRecord sighting = (i == 0) ? original : perturbation.apply(original, generic);
				records.add(new ResolutionRecord(id, sighting.title(), sighting.authors(), sighting.year(),
						sighting.venue(), sighting.abstractText(), sighting.arxivId(), sighting.dois()));
				truth.put(id, "p" + paper);
			}
			paper++;
		}
		shuffle(records, random);
		return new SyntheticCorpus(records, truth);
	}

	private static ResolutionRecord paper(RealBibliography bibliography, int paper, SplittableRandom random) {
		int year = 1990 + random.nextInt(36);
		String title = title(bibliography, paper, random);
		List<String> authors = new ArrayList<>();
		int count = 1 + random.nextInt(5);
		for (int i = 0; i < count; i++) {
			authors.add(pick(bibliography.authors(), random));
		}
		ResolutionRecord record = ResolutionRecord.of("p" + paper, title)
			.withAuthors(authors)
			.withYear(year)
			.withVenue(pick(bibliography.venues(), random));
		if (year >= 2015 && random.nextDouble() < 0.4) {
			// five-digit ids, unique per paper up to 1.2 million papers a year
			String id = String.format("%02d%02d.%05d", year % 100, 1 + (paper / 100_000) % 12, paper % 100_000);
			record = record.withArxivId(new ArxivId(id, 1));
		}
		if (random.nextDouble() < 0.3) {
			record = record.withDois(List.of(new Doi("10.5555/synth." + paper)));
		}
		return record;
	}

	private static String title(RealBibliography bibliography, int paper, SplittableRandom random) {
		if (random.nextDouble() < 0.01) {
			return GENERIC[random.nextInt(GENERIC.length)];
		}
		List<String> titles = bibliography.titles();
		if (paper < titles.size()) {
			return titles.get(paper);
		}
		StringBuilder title = new StringBuilder();
		for (String token : titles.get(paper % titles.size()).split(" ")) {
			// every word of three letters or more is replaced, keeping the punctuation
			// after it: only the title's shape ("X: the Y of Z") is kept
			String word = token.replaceAll("[^\\p{L}]+$", "");
			String tail = token.substring(word.length());
			boolean content = word.chars().filter(Character::isLetter).count() >= 3;
			title.append(title.length() == 0 ? "" : " ")
				.append(content ? pick(bibliography.words(), random) : word)
				.append(tail);
		}
		return title.toString();
	}

	static <T> T pick(List<T> list, SplittableRandom random) {
		return list.get(random.nextInt(list.size()));
	}

	private static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T swap = list.get(i);
			list.set(i, list.get(j));
			list.set(j, swap);
		}
	}

}
