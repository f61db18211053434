package io.digestcatalog.eval.bench;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

	private static final Pattern LINKISH = Pattern.compile("(?i).*(https?:|://|www\\.|github|\\.io\\b|huggingface).*");

	private final List<List<String>> shapes;

	private final String[] titleWords;

	private final String[] nameChunks;

	private final String[] givenNames;

	private final String[] surnames;

	private final String[] sentenceStarts;

	private final Map<String, String[]> chain1;

	private final Map<String, String[]> chain2;

	private Vocabulary(List<List<String>> shapes, String[] titleWords, String[] nameChunks, String[] givenNames,
			String[] surnames, String[] sentenceStarts, Map<String, String[]> chain1, Map<String, String[]> chain2) {
		this.shapes = shapes;
		this.titleWords = titleWords;
		this.nameChunks = nameChunks;
		this.givenNames = givenNames;
		this.surnames = surnames;
		this.sentenceStarts = sentenceStarts;
		this.chain1 = chain1;
		this.chain2 = chain2;
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
		List<String> starts = new ArrayList<>();
		Map<String, List<String>> chain1 = new LinkedHashMap<>();
		Map<String, List<String>> chain2 = new LinkedHashMap<>();
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
			learn(paper.abstractText(), starts, chain1, chain2);
		}
		return new Vocabulary(List.copyOf(shapes), words.toArray(String[]::new), chunks.toArray(String[]::new),
				given.toArray(String[]::new), surnames.toArray(String[]::new), starts.toArray(String[]::new),
				frozen(chain1), frozen(chain2));
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

	private static void learn(String abstractText, List<String> starts, Map<String, List<String>> chain1,
			Map<String, List<String>> chain2) {
		List<String> tokens = new ArrayList<>();
		for (String token : abstractText.split("\\s+")) {
			if (!token.isEmpty() && !LINKISH.matcher(token).matches() && token.indexOf('\\') < 0) {
				tokens.add(token);
			}
		}
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			boolean start = (i == 0 || endsSentence(tokens.get(i - 1))) && Character.isUpperCase(token.charAt(0));
			if (start && i + 1 < tokens.size()) {
				starts.add(token);
			}
			if (i + 1 < tokens.size()) {
				chain1.computeIfAbsent(token, t -> new ArrayList<>()).add(tokens.get(i + 1));
			}
			if (i + 2 < tokens.size()) {
				chain2.computeIfAbsent(token + " " + tokens.get(i + 1), t -> new ArrayList<>()).add(tokens.get(i + 2));
			}
		}
	}

	private static Map<String, String[]> frozen(Map<String, List<String>> chain) {
		Map<String, String[]> frozen = new HashMap<>(chain.size() * 2);
		chain.forEach((k, v) -> frozen.put(k, v.toArray(String[]::new)));
		return frozen;
	}

	static boolean endsSentence(String token) {
		return token.endsWith(".") && !token.endsWith("e.g.") && !token.endsWith("i.e.") && !token.endsWith("al.")
				&& !token.endsWith("vs.");
	}

	/** How many real title shapes, content words, name chunks and chain states. */
	@Override
	public String toString() {
		return "Vocabulary[shapes=" + this.shapes.size() + ", titleWords=" + this.titleWords.length + ", nameChunks="
				+ this.nameChunks.length + ", givenNames=" + this.givenNames.length + ", surnames="
				+ this.surnames.length + ", chainStates=" + this.chain2.size() + "]";
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
		StringBuilder out = new StringBuilder();
		int count = 0;
		int sentence = 0;
		String previous = null;
		String current = this.sentenceStarts[random.nextInt(this.sentenceStarts.length)];
		while (true) {
			out.append(current);
			count++;
			sentence++;
			boolean end = endsSentence(current) && sentence >= 6;
			if (end && count >= words) {
				return out.toString();
			}
			if (count >= words + 60) {
				// a run-on sentence is ended where it stands
				return closed(out).toString();
			}
			String next = null;
			String[] successors = (previous != null && random.nextDouble() < 0.75)
					? this.chain2.get(previous + " " + current) : null;
			if (successors == null) {
				successors = this.chain1.get(current);
			}
			if (end || successors == null) {
				if (!endsSentence(current)) {
					closed(out);
				}
				next = this.sentenceStarts[random.nextInt(this.sentenceStarts.length)];
				previous = null;
				sentence = 0;
			}
			else {
				next = successors[random.nextInt(successors.length)];
				previous = current;
			}
			out.append(' ');
			current = next;
		}
	}

	private static StringBuilder closed(StringBuilder out) {
		while (out.length() > 0 && !Character.isLetterOrDigit(out.charAt(out.length() - 1))) {
			out.setLength(out.length() - 1);
		}
		return out.append('.');
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
