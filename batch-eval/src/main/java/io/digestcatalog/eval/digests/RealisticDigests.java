package io.digestcatalog.eval.digests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Daily digests as a reader receives them, rendered from real Hugging Face daily-papers
 * records, deterministic from a seed. Over a run of days each paper trends for one to a
 * few days (about 40% of entries are repeat sightings) and is listed each day in the
 * Daily Papers page as text (no arXiv id, no authors), the API's JSON or an arXiv listing
 * e-mail, sometimes in two of them. Text sightings carry what page layouts and revisions
 * do to a title: cut after a few words and ended with "…", a word of HTML or LaTeX
 * markup, a word dropped by a revision, two letters swapped.
 * <p>
 * Hard negatives, different papers a matcher is tempted to join: pairs of real papers
 * whose titles are close (mined from the corpus), and papers built beside a real one the
 * way families of papers are named (the variants of a model listed on one day, "-V2" of a
 * name, a point release "3.5" of "3", a title with a hyphenated qualifier added), with no
 * id and the abstract of the real paper closest in words (a family's papers keep the
 * opening third of the base paper's abstract: they state the same problem). Each pair is
 * listed in one text digest on one day and apart on other days.
 *
 * @param digests the digests, by day
 * @param hardNegatives the pairs of different papers that must stay apart
 * @param papers how many papers the digests describe
 */
public record RealisticDigests(List<Digest> digests, List<HardNegative> hardNegatives, int papers) {

	public static final String TEXT = "text";

	public static final String HF_JSON = "hf-json";

	public static final String ARXIV_EMAIL = "arxiv-email";

	static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 3);

	private static final Set<String> STOP = Set.of("a", "an", "the", "of", "for", "and", "in", "on", "with", "to",
			"via", "is", "by", "from");

	private static final Pattern WORD = Pattern.compile("[A-Za-z]{5,}");

	private static final Pattern NUMBERED = Pattern.compile("(?<=[A-Za-z])(\\d+)(?=[-\\s:]|$)");

	private static final String[] QUALIFIERS = { "Training-Free", "Reasoning-Aware", "Uncertainty-Guided",
			"Long-Context" };

	public RealisticDigests {
		digests = List.copyOf(digests);
		hardNegatives = List.copyOf(hardNegatives);
	}

	/**
	 * One entry as a digest lists it.
	 *
	 * @param truth the paper it is (an arXiv id, or the id of a constructed paper)
	 * @param title the title as printed
	 * @param abstractText the abstract as printed
	 * @param authors the authors, empty where the format has none
	 * @param arxivId the arXiv id where the format gives one, else null
	 * @param perturbation what was done to the title ("truncated", "markup",
	 * "dropped-word", "typo") or the abstract ("abstract-cut", "abstract-revised"), or
	 * null
	 */
	public record Sighting(String truth, String title, String abstractText, List<String> authors, String arxivId,
			String perturbation) {

	}

	/**
	 * One digest file.
	 *
	 * @param name its file name
	 * @param format {@link #TEXT}, {@link #HF_JSON} or {@link #ARXIV_EMAIL}
	 * @param day the day it lists
	 * @param entries its entries in order
	 */
	public record Digest(String name, String format, LocalDate day, List<Sighting> entries) {

	}

	/**
	 * Two different papers a matcher must keep apart.
	 *
	 * @param kind "mined" (two real papers) or the construction ("variant", "-V2",
	 * "point-release", "qualifier")
	 * @param truthA one paper
	 * @param truthB the other
	 */
	public record HardNegative(String kind, String truthA, String truthB) {

		public boolean mined() {
			return "mined".equals(this.kind);
		}

	}

	/** A paper of the run: a real one, or one constructed beside a real one. */
	private record Paper(String truth, String title, String abstractText, List<String> authors, String arxivId) {

		boolean constructed() {
			return this.arxivId == null;
		}

	}

	public int entries() {
		return this.digests.stream().mapToInt(d -> d.entries().size()).sum();
	}

	/**
	 * Renders {@code days} days of digests from {@code real}; the same inputs always give
	 * the same digests.
	 */
	public static RealisticDigests generate(List<RealPaper> real, int days, long seed) {
		if (days < 3) {
			throw new IllegalArgumentException("at least 3 days are needed, not " + days);
		}
		SplittableRandom random = new SplittableRandom(seed);
		List<Paper> papers = new ArrayList<>();
		List<HardNegative> negatives = new ArrayList<>();
		construct(real, random, papers, negatives);
		Set<String> inRun = new HashSet<>();
		papers.forEach(p -> inRun.add(p.truth()));
		negatives.addAll(0, mined(real, inRun));
		Map<String, Paper> byTruth = new LinkedHashMap<>();
		papers.forEach(p -> byTruth.put(p.truth(), p));
		// day -> format -> truths listed, in the order added
		Map<Integer, Map<String, List<String>>> listings = new TreeMap<>();
		Map<String, List<Integer>> daysOf = new LinkedHashMap<>();
		for (Paper paper : papers) {
			int first = random.nextInt(days);
			int count = 1;
			while (count < 5 && random.nextDouble() < 0.45) {
				count++;
			}
			for (int day = first; day < Math.min(days, first + count); day++) {
				String format = paper.constructed() ? TEXT : format(random);
				list(listings, daysOf, day, format, paper.truth());
				if (!paper.constructed() && random.nextDouble() < 0.15) {
					list(listings, daysOf, day, otherFormat(format, random), paper.truth());
				}
			}
		}
		for (HardNegative negative : negatives) {
			List<Integer> daysA = daysOf.get(negative.truthA());
			int together = daysA.get(0);
			list(listings, daysOf, together, TEXT, negative.truthA());
			list(listings, daysOf, together, TEXT, negative.truthB());
			int apart = (daysA.get(daysA.size() - 1) + 1 < days) ? daysA.get(daysA.size() - 1) + 1
					: Math.max(0, daysA.get(0) - 1);
			if (!daysA.contains(apart)) {
				list(listings, daysOf, apart, TEXT, negative.truthB());
			}
		}
		List<Digest> digests = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (var day : listings.entrySet()) {
			LocalDate date = FIRST_DAY.plusDays(day.getKey());
			for (String format : List.of(TEXT, HF_JSON, ARXIV_EMAIL)) {
				List<String> truths = day.getValue().get(format);
				if (truths == null) {
					continue;
				}
				List<Sighting> entries = new ArrayList<>();
				for (String truth : truths) {
					entries.add(sighting(byTruth.get(truth), format, !seen.add(truth), random));
				}
				digests.add(new Digest(name(date, format), format, date, entries));
			}
		}
		return new RealisticDigests(digests, negatives, papers.size());
	}

	private static void list(Map<Integer, Map<String, List<String>>> listings, Map<String, List<Integer>> daysOf,
			int day, String format, String truth) {
		List<String> listed = listings.computeIfAbsent(day, d -> new LinkedHashMap<>())
			.computeIfAbsent(format, f -> new ArrayList<>());
		// a listing names a paper once
		if (!listed.contains(truth)) {
			listed.add(truth);
		}
		List<Integer> days = daysOf.computeIfAbsent(truth, t -> new ArrayList<>());
		if (!days.contains(day)) {
			days.add(day);
			days.sort(null);
		}
	}

	private static String format(SplittableRandom random) {
		double r = random.nextDouble();
		return (r < 0.45) ? TEXT : (r < 0.8) ? HF_JSON : ARXIV_EMAIL;
	}

	private static String otherFormat(String format, SplittableRandom random) {
		List<String> others = new ArrayList<>(List.of(TEXT, HF_JSON, ARXIV_EMAIL));
		others.remove(format);
		return others.get(random.nextInt(others.size()));
	}

	/**
	 * The file name of a digest: one the ingest job's format sniffing and date hint read.
	 */
	public static String name(LocalDate day, String format) {
		return switch (format) {
			case TEXT -> "daily-papers-" + day + ".txt";
			case HF_JSON -> "hf-api-" + day + ".json";
			default -> "arxiv-cs-" + day + ".txt";
		};
	}

	/** How the format prints the paper, and what layout or revision did to its title. */
	private static Sighting sighting(Paper paper, String format, boolean repeat, SplittableRandom random) {
		String title = paper.title();
		String perturbation = null;
		double r = random.nextDouble();
		if (TEXT.equals(format)) {
			String[] words = title.split(" ");
			if (r < 0.06 && words.length >= 8) {
				int kept = 3 + random.nextInt(3);
				title = String.join(" ", Arrays.copyOf(words, kept)) + "\u2026";
				perturbation = "truncated";
			}
			else if (r < 0.10) {
				title = markup(title, random, true);
				perturbation = "markup";
			}
			else if (r < 0.14 && repeat && words.length >= 6) {
				title = dropWord(title, random);
				perturbation = "dropped-word";
			}
			else if (r < 0.18) {
				title = typo(title, random);
				perturbation = "typo";
			}
		}
		else if (r < 0.05) {
			title = markup(title, random, false);
			perturbation = "markup";
		}
		if (title.equals(paper.title())) {
			perturbation = null;
		}
		String abstractText = paper.abstractText();
		double a = random.nextDouble();
		if (perturbation == null && TEXT.equals(format) && a < 0.06) {
			// a newsletter layout keeps the first sentences
			String cut = sentences(abstractText, 2);
			if (cut.length() < abstractText.length()) {
				abstractText = cut + " \u2026";
				perturbation = "abstract-cut";
			}
		}
		else if (perturbation == null && repeat && !TEXT.equals(format) && a < 0.10) {
			// a revised version: the last sentence rewritten
			String kept = sentences(abstractText, Math.max(1, abstractText.split("(?<=\\.) ").length - 1));
			abstractText = kept + " We release our code, models and data to support future research.";
			perturbation = "abstract-revised";
		}
		boolean ids = !TEXT.equals(format);
		return new Sighting(paper.truth(), title, abstractText, ids ? paper.authors() : List.of(),
				ids ? paper.arxivId() : null, perturbation);
	}

	/** The first {@code n} sentences. */
	public static String sentences(String text, int n) {
		String[] sentences = text.split("(?<=\\.) ");
		return String.join(" ", Arrays.copyOf(sentences, Math.min(n, sentences.length)));
	}

	/** One word in HTML italics (text) or a LaTeX command (JSON, e-mail). */
	public static String markup(String title, SplittableRandom random, boolean html) {
		List<int[]> words = words(title);
		if (words.isEmpty()) {
			return title;
		}
		int[] w = words.get(random.nextInt(words.size()));
		String word = title.substring(w[0], w[1]);
		String marked = html ? "<i>" + word + "</i>" : "\\textit{" + word + "}";
		return title.substring(0, w[0]) + marked + title.substring(w[1]);
	}

	/** A revision drops a word of the title (neither the first nor the last). */
	public static String dropWord(String title, SplittableRandom random) {
		List<String> words = new ArrayList<>(List.of(title.split(" ")));
		List<Integer> droppable = new ArrayList<>();
		for (int i = 1; i < words.size() - 1; i++) {
			if (words.get(i).matches("[A-Za-z]{4,}")) {
				droppable.add(i);
			}
		}
		if (droppable.isEmpty()) {
			return title;
		}
		words.remove((int) droppable.get(random.nextInt(droppable.size())));
		return String.join(" ", words);
	}

	/** Two neighbouring letters of one word swapped. */
	public static String typo(String title, SplittableRandom random) {
		List<int[]> words = words(title);
		if (words.isEmpty()) {
			return title;
		}
		int[] w = words.get(random.nextInt(words.size()));
		int i = w[0] + 1 + random.nextInt(w[1] - w[0] - 2);
		char[] chars = title.toCharArray();
		char c = chars[i];
		chars[i] = chars[i + 1];
		chars[i + 1] = c;
		return new String(chars);
	}

	private static List<int[]> words(String title) {
		List<int[]> words = new ArrayList<>();
		Matcher m = WORD.matcher(title);
		while (m.find()) {
			words.add(new int[] { m.start(), m.end() });
		}
		return words;
	}

	/**
	 * The real papers of the run, and papers constructed beside some of them: each
	 * constructed paper takes the abstract of a real paper set aside for it, so that no
	 * abstract belongs to two papers.
	 */
	private static void construct(List<RealPaper> real, SplittableRandom random, List<Paper> papers,
			List<HardNegative> negatives) {
		List<RealPaper> pool = new ArrayList<>(real);
		shuffle(pool, random);
		List<RealPaper> donors = new ArrayList<>(pool.subList(0, 80));
		List<RealPaper> kept = new ArrayList<>(pool.subList(80, pool.size()));
		kept.sort(java.util.Comparator.comparing(RealPaper::arxivId));
		for (RealPaper p : kept) {
			papers.add(new Paper(p.arxivId(), p.title(), p.abstractText(), p.authors(), p.arxivId()));
		}
		Set<String> bases = new HashSet<>();
		List<RealPaper> candidates = new ArrayList<>(kept);
		shuffle(candidates, random);
		int family = 0;
		int v2 = 0;
		int point = 0;
		int qualifier = 0;
		for (RealPaper base : candidates) {
			if (donors.size() < 3) {
				break;
			}
			String title = base.title();
			int colon = title.indexOf(": ");
			String name = (colon > 0) ? title.substring(0, colon) : null;
			if (family < 3 && name != null && name.split(" ").length <= 2 && bases.add(base.arxivId())) {
				List<String> members = new ArrayList<>(List.of(base.arxivId()));
				for (String size : List.of("Nano", "Super", "Ultra")) {
					Paper variant = constructed(base, name + " " + size + title.substring(colon), size, donors);
					papers.add(variant);
					members.add(variant.truth());
				}
				for (int i = 0; i < members.size(); i++) {
					for (int j = i + 1; j < members.size(); j++) {
						negatives.add(new HardNegative("variant", members.get(i), members.get(j)));
					}
				}
				family++;
			}
			else if (v2 < 3 && name != null && !name.contains(" ") && bases.add(base.arxivId())) {
				pair(base, name + "-V2" + title.substring(colon), "-V2", donors, papers, negatives);
				v2++;
			}
			else if (point < 3 && NUMBERED.matcher(title).find() && bases.add(base.arxivId())) {
				Matcher m = NUMBERED.matcher(title);
				m.find();
				String release = title.substring(0, m.end()) + ".5" + title.substring(m.end());
				pair(base, release, "point-release", donors, papers, negatives);
				point++;
			}
			else if (qualifier < 3 && name == null && title.split(" ").length >= 4 && bases.add(base.arxivId())) {
				String q = QUALIFIERS[qualifier % QUALIFIERS.length];
				pair(base, q + " " + title, "qualifier", donors, papers, negatives);
				qualifier++;
			}
		}
	}

	private static void pair(RealPaper base, String title, String kind, List<RealPaper> donors, List<Paper> papers,
			List<HardNegative> negatives) {
		Paper variant = constructed(base, title, kind, donors);
		papers.add(variant);
		negatives.add(new HardNegative(kind, base.arxivId(), variant.truth()));
	}

	/**
	 * A paper named beside {@code base}; its abstract is the set-aside abstract closest
	 * to the base's in words, as papers of one family or topic share much of their
	 * vocabulary.
	 */
	private static Paper constructed(RealPaper base, String title, String kind, List<RealPaper> donors) {
		Set<String> baseWords = new HashSet<>(contentWords(base.abstractText()));
		RealPaper donor = null;
		double closest = -1;
		for (RealPaper candidate : donors) {
			Set<String> words = new HashSet<>(contentWords(candidate.abstractText()));
			Set<String> union = new HashSet<>(words);
			union.addAll(baseWords);
			words.retainAll(baseWords);
			double jaccard = (double) words.size() / Math.max(1, union.size());
			if (jaccard > closest) {
				closest = jaccard;
				donor = candidate;
			}
		}
		donors.remove(donor);
		String abstractText = donor.abstractText();
		if (!"qualifier".equals(kind)) {
			// a family's papers open alike (the problem, the family) and part at what
			// each
			// member is and does
			String[] opening = base.abstractText().split("(?<=\\.) ");
			String[] rest = donor.abstractText().split("(?<=\\.) ");
			int shared = Math.max(1, opening.length / 3);
			abstractText = String.join(" ", Arrays.copyOf(opening, shared)) + " "
					+ String.join(" ", Arrays.copyOfRange(rest, Math.min(rest.length - 1, shared), rest.length));
		}
		return new Paper("constructed:" + base.arxivId() + ":" + kind.toLowerCase(Locale.ROOT), title, abstractText,
				donor.authors(), null);
	}

	/**
	 * Pairs of real papers whose titles are close: at least 40% of their content words
	 * shared, or the same first three.
	 */
	static List<HardNegative> mined(List<RealPaper> real, Set<String> inRun) {
		List<RealPaper> papers = real.stream().filter(p -> inRun.contains(p.arxivId())).toList();
		List<List<String>> words = papers.stream().map(p -> contentWords(p.title())).toList();
		List<HardNegative> mined = new ArrayList<>();
		for (int i = 0; i < papers.size(); i++) {
			for (int j = i + 1; j < papers.size(); j++) {
				Set<String> a = new HashSet<>(words.get(i));
				Set<String> b = new HashSet<>(words.get(j));
				Set<String> union = new HashSet<>(a);
				union.addAll(b);
				a.retainAll(b);
				boolean close = !union.isEmpty() && a.size() >= 0.4 * union.size();
				boolean sameStart = words.get(i).size() >= 3 && words.get(j).size() >= 3
						&& words.get(i).subList(0, 3).equals(words.get(j).subList(0, 3));
				if (close || sameStart) {
					mined.add(new HardNegative("mined", papers.get(i).arxivId(), papers.get(j).arxivId()));
				}
			}
		}
		return mined;
	}

	private static List<String> contentWords(String title) {
		return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
			.filter(w -> !w.isEmpty() && !STOP.contains(w))
			.toList();
	}

	private static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T t = list.get(i);
			list.set(i, list.get(j));
			list.set(j, t);
		}
	}

}
