package io.digestcatalog.eval.dedupe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import io.digestcatalog.core.dedupe.er.ResolutionRecord;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

/**
 * What sources do to a paper's record: change case and punctuation, drop a word, make a
 * typo, escape characters as HTML or LaTeX, reorder or reformat or lose authors, shift
 * the year by one (preprint and publication), drop the venue, bump the arXiv version or
 * give the arXiv DOI instead, drop the DOI.
 */
final class Perturbation {

	private final SplittableRandom random;

	Perturbation(SplittableRandom random) {
		this.random = random;
	}

	/**
	 * A sighting of {@code paper}; a generic title ("Editorial") keeps its authors and
	 * year, as nothing else could tell it from the other editorials.
	 */
	ResolutionRecord apply(ResolutionRecord paper, boolean generic) {
		ResolutionRecord record = paper.withAuthors(generic ? paper.authors() : authors(paper.authors()))
			.withVenue(chance(0.3) ? null : paper.venue());
		record = record.withTitle(title(paper.title()));
		if (!generic && chance(0.2)) {
			record = record.withYear(paper.year() + (chance(0.5) ? 1 : -1));
		}
		return keys(record, paper);
	}

	private String title(String title) {
		String t = title;
		int edits = 1 + this.random.nextInt(2);
		for (int i = 0; i < edits; i++) {
			t = switch (this.random.nextInt(7)) {
				case 0 -> t.toUpperCase(Locale.ROOT);
				case 1 -> t.toLowerCase(Locale.ROOT);
				case 2 -> t.replace(":", " -").replace(",", "") + ".";
				case 3 -> dropWord(t);
				case 4 -> typo(t);
				case 5 -> t.replace("&", "&amp;").replace("'", "&#x27;").replaceFirst("(\\p{L}{6,})", "<i>$1</i>");
				default -> latex(t);
			};
		}
		return t;
	}

	private String dropWord(String title) {
		List<String> words = new ArrayList<>(List.of(title.split(" ")));
		if (words.size() < 6) {
			return title;
		}
		words.remove(1 + this.random.nextInt(words.size() - 1));
		return String.join(" ", words);
	}

	private String typo(String title) {
		String[] words = title.split(" ");
		int i = this.random.nextInt(words.length);
		if (words[i].length() < 7) {
			return title;
		}
		char[] letters = words[i].toCharArray();
		int at = 2 + this.random.nextInt(letters.length - 3);
		letters[at] = (letters[at] == 'e') ? 'a' : 'e';
		words[i] = new String(letters);
		return String.join(" ", words);
	}

	/** Accented letters as LaTeX escapes, or a vowel given an escaped accent. */
	private String latex(String title) {
		return title.replace("\u00e9", "\\'e")
			.replace("\u00f6", "{\\\"o}")
			.replace("\u00fc", "{\\\"u}")
			.replaceFirst("o([a-z])", "{\\\\\"o}$1");
	}

	private List<String> authors(List<String> authors) {
		if (chance(0.1)) {
			return chance(0.5) ? List.of() : List.of("?");
		}
		List<String> names = new ArrayList<>(authors);
		if (names.size() > 1 && chance(0.3)) {
			Collections.swap(names, 0, 1 + this.random.nextInt(names.size() - 1));
		}
		int style = this.random.nextInt(3);
		for (int i = 0; i < names.size(); i++) {
			String[] parts = names.get(i).split(" ");
			String last = parts[parts.length - 1];
			String first = String.join(" ", List.of(parts).subList(0, parts.length - 1));
			names.set(i, switch (style) {
				case 0 -> names.get(i);
				case 1 -> last + ", " + first;
				default -> first.charAt(0) + ". " + last;
			});
		}
		return names;
	}

	private ResolutionRecord keys(ResolutionRecord record, ResolutionRecord paper) {
		ArxivId arxiv = paper.arxivId();
		List<Doi> dois = new ArrayList<>();
		ArxivId kept = null;
		if (arxiv != null && chance(0.7)) {
			if (chance(0.25)) {
				dois.add(new Doi("10.48550/arXiv." + arxiv.id()));
			}
			else {
				kept = new ArxivId(arxiv.id(), 1 + this.random.nextInt(3));
			}
		}
		if (!paper.dois().isEmpty() && chance(0.5)) {
			dois.addAll(paper.dois());
		}
		return record.withArxivId(kept).withDois(dois);
	}

	private boolean chance(double p) {
		return this.random.nextDouble() < p;
	}

}
