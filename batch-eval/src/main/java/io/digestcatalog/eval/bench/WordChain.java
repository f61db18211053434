package io.digestcatalog.eval.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * A word chain over real abstracts, in primitive arrays: the text is kept as token
 * numbers, and a state is a position in it. The next word follows the last two (a
 * position sharing them) or, with some probability or where none does, the last one (a
 * position sharing it), so that the prose reads much as the real one but different
 * abstracts rarely open alike. Sentences holding a link or TeX are left out, and the
 * chain never runs across the gap they leave.
 */
final class WordChain {

	private static final Pattern LINKISH = Pattern.compile("(?i).*(https?:|://|www\\.|github|\\.io\\b|huggingface).*");

	/** The words, by number. */
	private final String[] words;

	/** Whether word n ends a sentence. */
	private final boolean[] ends;

	/** The text as word numbers, -1 between stretches the chain must not cross. */
	private final int[] text;

	/** Positions with a successor, sorted by word: those of word n from uniStart[n]. */
	private final int[] uniSorted;

	private final int[] uniStart;

	/**
	 * Positions with a predecessor and a successor, sorted by the two words; the group of
	 * position p's two words starts at biStart[p] and holds biLength[p] positions.
	 */
	private final int[] biSorted;

	private final int[] biStart;

	private final int[] biLength;

	/** Positions that start a sentence and have a successor. */
	private final int[] starts;

	private WordChain(String[] words, int[] text) {
		this.words = words;
		this.text = text;
		this.ends = new boolean[words.length];
		for (int n = 0; n < words.length; n++) {
			this.ends[n] = endsSentence(words[n]);
		}
		int n = text.length;
		List<Integer> uni = new ArrayList<>();
		List<Integer> bi = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		for (int p = 0; p + 1 < n; p++) {
			if (text[p] < 0 || text[p + 1] < 0) {
				continue;
			}
			uni.add(p);
			boolean hasPrevious = p > 0 && text[p - 1] >= 0;
			if (hasPrevious) {
				bi.add(p);
			}
			if ((!hasPrevious || this.ends[text[p - 1]]) && Character.isUpperCase(words[text[p]].charAt(0))) {
				starts.add(p);
			}
		}
		this.uniSorted = uni.stream()
			.sorted((a, b) -> (text[a] != text[b]) ? Integer.compare(text[a], text[b]) : Integer.compare(a, b))
			.mapToInt(Integer::intValue)
			.toArray();
		this.uniStart = new int[words.length + 1];
		for (int p : this.uniSorted) {
			this.uniStart[text[p] + 1]++;
		}
		for (int w = 0; w < words.length; w++) {
			this.uniStart[w + 1] += this.uniStart[w];
		}
		this.biSorted = bi.stream().sorted((a, b) -> {
			int c = Long.compare(pair(a), pair(b));
			return (c != 0) ? c : Integer.compare(a, b);
		}).mapToInt(Integer::intValue).toArray();
		this.biStart = new int[n];
		this.biLength = new int[n];
		for (int i = 0; i < this.biSorted.length;) {
			int j = i;
			while (j < this.biSorted.length && pair(this.biSorted[j]) == pair(this.biSorted[i])) {
				j++;
			}
			for (int k = i; k < j; k++) {
				this.biStart[this.biSorted[k]] = i;
				this.biLength[this.biSorted[k]] = j - i;
			}
			i = j;
		}
		this.starts = starts.stream().mapToInt(Integer::intValue).toArray();
	}

	private long pair(int p) {
		return ((long) this.text[p - 1] << 32) | this.text[p];
	}

	/** The chain of these abstracts, in this order. */
	static WordChain of(List<String> abstracts) {
		Map<String, Integer> numbers = new HashMap<>();
		List<String> words = new ArrayList<>();
		List<Integer> text = new ArrayList<>();
		for (String abstractText : abstracts) {
			List<String> sentence = new ArrayList<>();
			boolean clean = true;
			for (String token : abstractText.split("\\s+")) {
				if (token.isEmpty()) {
					continue;
				}
				sentence.add(token);
				clean &= !LINKISH.matcher(token).matches() && token.indexOf('\\') < 0;
				if (endsSentence(token)) {
					flush(sentence, clean, numbers, words, text);
					clean = true;
				}
			}
			flush(sentence, clean, numbers, words, text);
			text.add(-1);
		}
		return new WordChain(words.toArray(String[]::new), text.stream().mapToInt(Integer::intValue).toArray());
	}

	private static void flush(List<String> sentence, boolean clean, Map<String, Integer> numbers, List<String> words,
			List<Integer> text) {
		if (!clean) {
			// the chain must not join the words around the sentence left out
			text.add(-1);
		}
		else {
			for (String word : sentence) {
				text.add(numbers.computeIfAbsent(word, w -> {
					words.add(w);
					return words.size() - 1;
				}));
			}
		}
		sentence.clear();
	}

	static boolean endsSentence(String token) {
		return token.endsWith(".") && !token.endsWith("e.g.") && !token.endsWith("i.e.") && !token.endsWith("al.")
				&& !token.endsWith("vs.");
	}

	int states() {
		return this.biSorted.length;
	}

	/**
	 * About {@code length} words of prose, whole sentences of six words or more, ending
	 * with a full stop. The first words follow the last one more often than the last two,
	 * so that openings vary.
	 */
	String prose(SplittableRandom random, int length) {
		StringBuilder out = new StringBuilder(length * 8);
		int count = 0;
		int sentence = 0;
		int p = this.starts[random.nextInt(this.starts.length)];
		boolean fresh = true;
		while (true) {
			int word = this.text[p];
			out.append(this.words[word]);
			count++;
			sentence++;
			boolean end = this.ends[word] && sentence >= 6;
			if (end && count >= length) {
				return out.toString();
			}
			if (count >= length + 60) {
				// a run-on sentence is ended where it stands
				return closed(out).toString();
			}
			boolean hasNext = p + 1 < this.text.length && this.text[p + 1] >= 0;
			if (end || !hasNext) {
				if (!this.ends[word]) {
					closed(out);
				}
				p = this.starts[random.nextInt(this.starts.length)];
				fresh = true;
				sentence = 0;
			}
			else {
				double second = (count < 12) ? 0.3 : 0.75;
				int q;
				if (!fresh && this.biLength[p] > 0 && random.nextDouble() < second) {
					q = this.biSorted[this.biStart[p] + random.nextInt(this.biLength[p])];
				}
				else {
					int from = this.uniStart[word];
					q = this.uniSorted[from + random.nextInt(this.uniStart[word + 1] - from)];
				}
				p = q + 1;
				fresh = false;
			}
			out.append(' ');
		}
	}

	private static StringBuilder closed(StringBuilder out) {
		while (out.length() > 0 && !Character.isLetterOrDigit(out.charAt(out.length() - 1))) {
			out.setLength(out.length() - 1);
		}
		return out.append('.');
	}

	@Override
	public String toString() {
		return Arrays.toString(new int[] { this.words.length, this.text.length });
	}

}
