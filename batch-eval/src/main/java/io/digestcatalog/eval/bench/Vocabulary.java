package io.digestcatalog.eval.bench;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.digestcatalog.eval.digests.RealPaper;
import io.digestcatalog.eval.digests.RealPapers;

/**
 * Statistics of the real papers of {@code hf-daily-papers-api/}, from which
 * {@link BenchCorpus} draws synthetic papers: title shapes ("N: W W for W W", a name
 * before the colon and content-word slots between the real title's stop words), the
 * titles' content words, fragments of the real model names, author given names and
 * surnames, and a word chain (second order, backing off to first order) over the real
 * abstracts. Links found in the abstracts are left out of the chain; the generator adds
 * its own. Immutable, and the same corpus always gives the same vocabulary.
 */
public final class Vocabulary {

	/** A title shape's content-word slot. */
	static final String SLOT = "\u0001W";

	/** A title shape's name slot, before the colon. */
	static final String NAME = "\u0001N";

	/** Marks punctuation that opens the next word of a title shape. */
	static final char OPENS = '\u0002';

	/** Marks punctuation that closes the previous word of a title shape. */
	static final char CLOSES = '\u0003';

	static final Set<String> STOP = Set.of("a", "an", "the", "of", "for", "and", "in", "on", "with", "to", "via", "is",
			"by", "from", "at", "as", "or", "are", "be", "do", "does", "not", "can", "we", "your", "you", "it", "its",
			"into", "than", "what", "when", "how", "why", "all", "beyond", "without", "through", "over", "under",
			"across", "towards", "toward", "between", "need");

	private static final Pattern LEADING = Pattern.compile("^[(\"'\u201c\u2018\\[]+");

	private static final Pattern TRAILING = Pattern.compile("[)\"'\u201d\u2019\\],;:.?!]+$");

	private static final Pattern TITLE_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*[A-Za-z]");

	private static final Pattern NAME_CHUNK = Pattern.compile("[A-Z]+[a-z]*|[a-z]+");

	private final List<List<String>> shapes;

	private final String[] titleWords;

	private final String[] nameChunks;

	private final String[] givenNames;

	private final String[] surnames;

	private final WordChain chain;

	private Vocabulary(List<List<String>> shapes, String[] titleWords, String[] nameChunks, String[] givenNames,
			String[] surnames, WordChain chain) {
		this.shapes = shapes;
		this.titleWords = titleWords;
		this.nameChunks = nameChunks;
		this.givenNames = givenNames;
		this.surnames = surnames;
		this.chain = chain;
	}

	/** The vocabulary of the real papers in {@code corpusDir} (e.g. ../shared/corpus). */
	public static Vocabulary from(Path corpusDir) {
		return of(RealPapers.load(corpusDir));
	}

	static Vocabulary of(List<RealPaper> papers) {
		if (papers.isEmpty()) {
			throw new IllegalArgumentException("no real papers to learn a vocabulary from");
		}
		List<List<String>> shapes = new ArrayList<>();
		Set<String> words = new TreeSet<>();
		Set<String> chunks = new TreeSet<>();
		Set<String> given = new TreeSet<>();
		Set<String> surnames = new TreeSet<>();
		for (RealPaper paper : papers) {
			List<String> shape = shape(paper.title(), words, chunks);
			if (shape != null) {
				shapes.add(shape);
			}
			for (String author : paper.authors()) {
				String name = author.strip();
				int space = name.lastIndexOf(' ');
				if (space > 0 && name.matches("[\\p{L}][\\p{L}.' -]*[\\p{L}]") && !name.contains("  ")) {
					given.add(name.substring(0, space));
					surnames.add(name.substring(space + 1));
				}
			}
		}
		return new Vocabulary(List.copyOf(shapes), words.toArray(String[]::new), chunks.toArray(String[]::new),
				given.toArray(String[]::new), surnames.toArray(String[]::new),
				WordChain.of(papers.stream().map(RealPaper::abstractText).toList()));
	}

	/**
	 * The shape of a real title, its content words and name chunks collected; null when
	 * the shape has too few slots to tell a million papers apart.
	 */
	private static List<String> shape(String title, Set<String> words, Set<String> chunks) {
		List<String> shape = new ArrayList<>();
		String rest = title.strip().replaceAll("\\s+", " ");
		int colon = rest.indexOf(": ");
		int slots = 0;
		if (colon > 0 && !rest.substring(0, colon).contains(" ")) {
			Matcher m = NAME_CHUNK.matcher(rest.substring(0, colon));
			while (m.find()) {
				String chunk = m.group();
				if (chunk.length() >= 2 && chunk.length() <= 6) {
					chunks.add(Character.toUpperCase(chunk.charAt(0)) + chunk.substring(1));
				}
			}
			shape.add(NAME);
			shape.add(CLOSES + ":");
			slots += 3;
			rest = rest.substring(colon + 2);
		}
		for (String token : rest.split(" ")) {
			Matcher lead = LEADING.matcher(token);
			String prefix = lead.find() ? lead.group() : "";
			String core = token.substring(prefix.length());
			Matcher trail = TRAILING.matcher(core);
			String suffix = trail.find() ? trail.group() : "";
			core = core.substring(0, core.length() - suffix.length());
			if (core.isEmpty()) {
				continue;
			}
			if (!prefix.isEmpty()) {
				shape.add(OPENS + prefix);
			}
			if (STOP.contains(core.toLowerCase(Locale.ROOT))) {
				shape.add(core.toLowerCase(Locale.ROOT));
			}
			else {
				shape.add(SLOT);
				slots++;
				if (TITLE_WORD.matcher(core).matches() && !core.contains("''")) {
					words.add(core);
				}
			}
			if (!suffix.isEmpty()) {
				shape.add(CLOSES + suffix);
			}
		}
		return (slots >= 4) ? List.copyOf(shape) : null;
	}

	/** How many real title shapes, content words, name chunks and chain states. */
	@Override
	public String toString() {
		return "Vocabulary[shapes=" + this.shapes.size() + ", titleWords=" + this.titleWords.length + ", nameChunks="
				+ this.nameChunks.length + ", givenNames=" + this.givenNames.length + ", surnames="
				+ this.surnames.length + ", chainStates=" + this.chain.states() + "]";
	}

	List<String> shape(SplittableRandom random) {
		return this.shapes.get(random.nextInt(this.shapes.size()));
	}

	String titleWord(SplittableRandom random) {
		return this.titleWords[random.nextInt(this.titleWords.length)];
	}

	/** A model name as real ones are coined: two or three fragments of real names. */
	String name(SplittableRandom random) {
		StringBuilder name = new StringBuilder(chunk(random)).append(chunk(random));
		double r = random.nextDouble();
		if (r < 0.25) {
			name.append('-').append(chunk(random));
		}
		else if (r < 0.4) {
			name.append(chunk(random));
		}
		return name.toString();
	}

	private String chunk(SplittableRandom random) {
		return this.nameChunks[random.nextInt(this.nameChunks.length)];
	}

	String author(SplittableRandom random) {
		return this.givenNames[random.nextInt(this.givenNames.length)] + " "
				+ this.surnames[random.nextInt(this.surnames.length)];
	}

	/**
	 * About {@code words} words of abstract-like prose, whole sentences, ending with a
	 * full stop.
	 */
	String prose(SplittableRandom random, int words) {
		return this.chain.prose(random, words);
	}

	/** A surname folded to what a user name on a code host looks like. */
	static String handle(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]", "");
		return folded.isEmpty() ? "lab" : folded;
	}

}
