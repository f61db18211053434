package io.digestcatalog.eval.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import io.digestcatalog.eval.digests.DigestRenderer;
import io.digestcatalog.eval.digests.RealisticDigests;
import io.digestcatalog.eval.digests.RealisticDigests.Digest;
import io.digestcatalog.eval.digests.RealisticDigests.Sighting;

/**
 * A benchmark corpus of synthetic daily digests in the real formats, any number of them,
 * written a digest at a time: memory does not grow with the number of digests.
 * <p>
 * Digest {@code i} lists day {@link #FIRST_DAY}{@code + i}, one digest a day, as the
 * Daily Papers page (text), the daily-papers API's JSON or an arXiv listing e-mail. Each
 * day brings 24 to 34 new papers (29 on average); a paper trends for one to five days
 * (with probabilities .6, .2, .1, .06, .04) and is listed on each of them, so that a
 * digest holds about 50 entries of which about 42% are repeat sightings (fewer in the
 * first four digests). A paper is named by its first day and its slot on that day, and
 * everything about it, and about each of its sightings, is drawn from a random generator
 * seeded by those alone: a digest is a pure function of the seed and its number, and
 * digests written in pieces are byte for byte the digests written at once.
 * <p>
 * Papers are synthetic, drawn from a {@link Vocabulary} of the real papers: titles shaped
 * as real titles with coined model names, abstracts from a word chain over real
 * abstracts, real given names and surnames. Their arXiv ids ({@code yymm.1ddkk}) are
 * unique. Repeat sightings vary as real ones do: a revised version in the e-mail
 * ({@code v2}), a title in markup, misspelt, sentence-cased, ending with a full stop or
 * with its colon turned into a dash, a word dropped, an abstract cut; the text layout
 * cuts some long titles with "…". One paper in five links its code, project page or data
 * set, with the noise real links carry (trailing punctuation or slash, {@code .git},
 * tracking parameters, a duplicated template remnant). About one paper in a hundred is a
 * hard negative: a different paper named as a sibling of the day's previous one ("X-V2:
 * …", "X 2: …", "X-Pro: …", "X Ultra: …") with an abstract of its own.
 * <p>
 * Not thread-safe: it keeps the papers of the last few days to avoid drawing them again.
 */
public final class BenchCorpus {

	/** The day of digest 0. */
	public static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);

	/** The longest a paper trends, in days. */
	static final int MAX_TREND = 5;

	/** Cumulative probabilities of trending 1, 2, .. {@value #MAX_TREND} days. */
	private static final double[] TREND = { 0.6, 0.8, 0.9, 0.96, 1.0 };

	private static final int MIN_NEW = 24;

	private static final int NEW_SPREAD = 11;

	/** The last day whose arXiv ids ({@code yymm}) stay in this century. */
	private static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

	private static final String[] SIBLINGS = { "-V2", " 2", "-Pro", " Ultra" };

	private static final String[] CODE_LEADS = { "Code is available at ",
			"Our code and models are publicly available at ", "Code: " };

	private static final String[] PAGE_LEADS = { "Project page: ", "Project page is at " };

	private static final String[] DATA_LEADS = { "The dataset is available at ", "Data: " };

	private static final String[] TRACKING = { "?utm_source=chatgpt.com", "?utm_source=twitter&utm_medium=social",
			"?ref=hf" };

	private static final long FORMAT = 1;

	private static final long COUNT = 2;

	private static final long TRENDING = 3;

	private static final long PAPER = 4;

	private static final long SIGHTING = 5;

	private static final long ORDER = 6;

	private final Vocabulary vocabulary;

	private final long seed;

	/** Papers of the days last listed, by {@link #key}: at most a few days' worth. */
	private final Map<Long, Paper> recent = new HashMap<>();

	public BenchCorpus(Vocabulary vocabulary, long seed) {
		this.vocabulary = vocabulary;
		this.seed = seed;
	}

	/**
	 * What a range of digests holds.
	 *
	 * @param digests how many digests
	 * @param entries how many entries they list
	 * @param papers how many distinct papers they list
	 * @param repeatShare the share of entries that are repeat sightings: of a paper that
	 * first trended on an earlier day, written in this range or not
	 */
	public record Stats(long digests, long entries, long papers, double repeatShare) {

	}

	/** A paper: its first day and slot name it. */
	private record Paper(int day, int slot, String id, String title, String name, String abstractText,
			List<String> authors, int trend, int revisedOn, String linkLead, String url, int linkNoise) {

	}

	/** A paper on a day of its trend. */
	private record Listed(Paper paper, int sighting) {

	}

	/**
	 * Writes digests number {@code from} (inclusive) to {@code to} (exclusive) into
	 * {@code dir} (created if missing); returns their stats.
	 */
	public Stats write(Path dir, int from, int to) {
		if (from < 0 || to < from || FIRST_DAY.plusDays(Math.max(0, to - 1)).isAfter(LAST_DAY)) {
			throw new IllegalArgumentException("no digests " + from + " to " + to);
		}
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create " + dir, ex);
		}
		long entries = 0;
		long repeats = 0;
		long papers = 0;
		for (int i = from; i < to; i++) {
			List<Listed> listing = listing(i);
			DigestRenderer.write(render(i, listing), dir);
			for (Listed listed : listing) {
				entries++;
				if (listed.sighting() > 0) {
					repeats++;
				}
				// a paper counts once: on its first day, or on the range's first
				if (listed.sighting() == 0 || i == from) {
					papers++;
				}
			}
		}
		return new Stats(to - from, entries, papers, (entries == 0) ? 0 : (double) repeats / entries);
	}

	/** Digest number {@code i}, as {@link #write} renders it (its ground truth). */
	public Digest digest(int i) {
		return render(i, listing(i));
	}

	/** The papers digest {@code i} lists, in the order listed. */
	private List<Listed> listing(int i) {
		this.recent.keySet().removeIf(key -> (key >> 8) < i - MAX_TREND + 1 || (key >> 8) > i);
		List<Listed> listing = new ArrayList<>();
		for (int day = Math.max(0, i - MAX_TREND + 1); day <= i; day++) {
			int count = MIN_NEW + random(COUNT, day).nextInt(NEW_SPREAD);
			for (int slot = 0; slot < count; slot++) {
				if (day + trend(day, slot) > i) {
					int d = day;
					int s = slot;
					Paper paper = this.recent.computeIfAbsent(key(day, slot), k -> paper(d, s));
					listing.add(new Listed(paper, i - day));
				}
			}
		}
		SplittableRandom random = random(ORDER, i);
		for (int n = listing.size() - 1; n > 0; n--) {
			int m = random.nextInt(n + 1);
			Listed t = listing.get(n);
			listing.set(n, listing.get(m));
			listing.set(m, t);
		}
		return listing;
	}

	private Digest render(int i, List<Listed> listing) {
		LocalDate day = FIRST_DAY.plusDays(i);
		double r = random(FORMAT, i).nextDouble();
		String format = (r < 0.45) ? RealisticDigests.TEXT
				: (r < 0.8) ? RealisticDigests.HF_JSON : RealisticDigests.ARXIV_EMAIL;
		List<Sighting> entries = new ArrayList<>(listing.size());
		for (Listed listed : listing) {
			entries.add(sighting(listed, format, i));
		}
		return new Digest(RealisticDigests.name(day, format), format, day, entries);
	}

	private static long key(int day, int slot) {
		return ((long) day << 8) | slot;
	}

	private int trend(int day, int slot) {
		double r = random(TRENDING, day, slot).nextDouble();
		int days = 1;
		while (r >= TREND[days - 1]) {
			days++;
		}
		return days;
	}

	/** Paper {@code slot} of {@code day}, drawn from its own seed. */
	private Paper paper(int day, int slot) {
		SplittableRandom random = random(PAPER, day, slot);
		LocalDate first = FIRST_DAY.plusDays(day);
		String id = String.format(Locale.ROOT, "%02d%02d.1%02d%02d", first.getYear() % 100, first.getMonthValue(),
				first.getDayOfMonth() - 1, slot);
		String name;
		String title;
		Paper base = (slot % 2 == 1 && random.nextDouble() < 0.02) ? paper(day, slot - 1) : null;
		if (base != null && base.name() != null) {
			// a hard negative: a sibling of the day's previous paper, a different paper
			name = base.name() + SIBLINGS[random.nextInt(SIBLINGS.length)];
			title = name + base.title().substring(base.name().length());
		}
		else {
			String[] drawn = title(random);
			name = drawn[0];
			title = drawn[1];
		}
		List<String> authors = new ArrayList<>();
		int count = (random.nextDouble() < 0.1) ? 9 + random.nextInt(8) : 2 + random.nextInt(7);
		for (int n = 0; n < count; n++) {
			authors.add(this.vocabulary.author(random));
		}
		String abstractText = this.vocabulary.prose(random, 110 + random.nextInt(120));
		String introduced = null;
		if (name != null && random.nextDouble() < 0.6) {
			introduced = "We introduce " + name + ", " + lowerFirst(title.substring(name.length() + 2)) + ".";
		}
		else if (random.nextDouble() < 0.25) {
			// a coined name keeps its capital
			introduced = "In this work, we study " + ((name != null) ? title : lowerFirst(title)) + ".";
		}
		if (introduced != null) {
			int end = abstractText.indexOf(". ");
			abstractText = (end < 0) ? abstractText + " " + introduced
					: abstractText.substring(0, end + 2) + introduced + abstractText.substring(end + 1);
		}
		int trend = trend(day, slot);
		int revisedOn = (trend > 1 && random.nextDouble() < 0.4) ? 1 + random.nextInt(trend - 1) : 0;
		String lead = null;
		String url = null;
		int noise = 0;
		if (random.nextDouble() < 0.2) {
			String surname = authors.get(0).substring(authors.get(0).lastIndexOf(' ') + 1);
			String user = Vocabulary.handle(surname) + ((random.nextBoolean()) ? "-lab" : "");
			String repo = (name != null) ? name.toLowerCase(Locale.ROOT).replace(' ', '-')
					: Vocabulary.handle(this.vocabulary.titleWord(random)) + "-"
							+ Vocabulary.handle(this.vocabulary.titleWord(random));
			double kind = random.nextDouble();
			if (kind < 0.6) {
				lead = CODE_LEADS[random.nextInt(CODE_LEADS.length)];
				url = "https://github.com/" + user + "/" + repo;
			}
			else if (kind < 0.85) {
				lead = PAGE_LEADS[random.nextInt(PAGE_LEADS.length)];
				url = "https://" + user + ".github.io/" + repo;
			}
			else {
				lead = DATA_LEADS[random.nextInt(DATA_LEADS.length)];
				url = "https://huggingface.co/datasets/" + user + "/" + repo;
			}
			noise = linkNoise(random);
		}
		return new Paper(day, slot, id, title, name, abstractText, List.copyOf(authors), trend, revisedOn, lead, url,
				noise);
	}

	/** A name (or null) and a title shaped as a real one. */
	private String[] title(SplittableRandom random) {
		List<String> shape = this.vocabulary.shape(random);
		String name = null;
		StringBuilder title = new StringBuilder();
		boolean capital = true;
		boolean opened = false;
		for (String token : shape) {
			if (token.charAt(0) == Vocabulary.CLOSES) {
				title.append(token, 1, token.length());
				capital = token.endsWith(":");
				continue;
			}
			if (title.length() > 0 && !opened) {
				title.append(' ');
			}
			opened = token.charAt(0) == Vocabulary.OPENS;
			if (opened) {
				title.append(token, 1, token.length());
				continue;
			}
			String word;
			if (token.equals(Vocabulary.NAME)) {
				name = this.vocabulary.name(random);
				word = name;
			}
			else if (token.equals(Vocabulary.SLOT)) {
				word = this.vocabulary.titleWord(random);
			}
			else {
				word = token;
			}
			title.append(capital ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
			capital = false;
		}
		return new String[] { name, title.toString() };
	}

	private static int linkNoise(SplittableRandom random) {
		double r = random.nextDouble();
		return (r < 0.5) ? 0 : (r < 0.6) ? 1 : (r < 0.7) ? 2 : (r < 0.8) ? 3 : (r < 0.9) ? 4 : 5;
	}

	/** How the digest prints the paper on this day of its trend. */
	private Sighting sighting(Listed listed, String format, int i) {
		Paper paper = listed.paper();
		boolean repeat = listed.sighting() > 0;
		boolean text = RealisticDigests.TEXT.equals(format);
		SplittableRandom random = random(SIGHTING, paper.day(), paper.slot(), i);
		String title = paper.title();
		String perturbation = null;
		int words = title.split(" ").length;
		double r = random.nextDouble();
		if (text && r < 0.03 && words >= 8) {
			title = String.join(" ", List.of(title.split(" ")).subList(0, 3 + random.nextInt(3))) + "\u2026";
			perturbation = "truncated";
		}
		else if (repeat && r < 0.06) {
			title = RealisticDigests.markup(title, random, text);
			perturbation = "markup";
		}
		else if (repeat && r < 0.10) {
			title = RealisticDigests.typo(title, random);
			perturbation = "typo";
		}
		else if (repeat && r < 0.13) {
			title = title + ".";
			perturbation = "trailing-period";
		}
		else if (repeat && r < 0.16) {
			title = sentenceCase(title, paper.name());
			perturbation = "case";
		}
		else if (repeat && r < 0.18) {
			title = title.replaceFirst(": ", " - ");
			perturbation = "punctuation";
		}
		else if (repeat && r < 0.20 && text && words >= 6) {
			title = RealisticDigests.dropWord(title, random);
			perturbation = "dropped-word";
		}
		if (title.equals(paper.title())) {
			perturbation = null;
		}
		String abstractText = paper.abstractText();
		if (paper.url() != null) {
			int noise = (random.nextDouble() < 0.2) ? linkNoise(random) : paper.linkNoise();
			abstractText = abstractText + " " + link(paper, noise);
		}
		if (perturbation == null && repeat && text && random.nextDouble() < 0.08) {
			String cut = RealisticDigests.sentences(abstractText, 2);
			if (cut.length() < abstractText.length()) {
				abstractText = cut + " \u2026";
				perturbation = "abstract-cut";
			}
		}
		String id = null;
		if (RealisticDigests.ARXIV_EMAIL.equals(format)) {
			boolean revised = paper.revisedOn() > 0 && listed.sighting() >= paper.revisedOn();
			id = revised ? paper.id() + "v2" : paper.id();
			if (revised && perturbation == null) {
				perturbation = "version-bump";
			}
		}
		else if (!text) {
			id = paper.id();
		}
		return new Sighting(paper.id(), title, abstractText, text ? List.of() : paper.authors(), id, perturbation);
	}

	/** The paper's link sentence with one kind of real-world link noise. */
	private static String link(Paper paper, int noise) {
		String url = paper.url();
		return switch (noise) {
			case 1 -> paper.linkLead() + url + "/";
			case 2 -> paper.linkLead() + url + (url.startsWith("https://github.com/") ? ".git" : "") + ".";
			case 3 -> paper.linkLead() + url + TRACKING[(paper.slot() + paper.day()) % TRACKING.length] + ".";
			case 4 -> paper.linkLead() + url + " {" + url + "}";
			case 5 -> paper.linkLead() + "(" + url + ").";
			default -> paper.linkLead() + url + ".";
		};
	}

	/** Words after the first in lower case, but for the name and acronyms. */
	private static String sentenceCase(String title, String name) {
		String[] words = title.split(" ");
		for (int n = 1; n < words.length; n++) {
			if (words[n].matches("[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*[,:]?")
					&& (name == null || !words[n].startsWith(name))) {
				words[n] = words[n].toLowerCase(Locale.ROOT);
			}
		}
		return String.join(" ", words);
	}

	private static String lowerFirst(String text) {
		if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
			return Character.toLowerCase(text.charAt(0)) + text.substring(1);
		}
		return text;
	}

	private SplittableRandom random(long kind, long... parts) {
		long h = mix(this.seed ^ mix(kind));
		for (long part : parts) {
			h = mix(h ^ mix(part + 0x632BE59BD9B4E019L));
		}
		return new SplittableRandom(h);
	}

	/** SplitMix64's finalizer. */
	private static long mix(long z) {
		z += 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
