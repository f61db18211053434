package io.digestcatalog.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.digestcatalog.core.dedupe.DedupeKeys;
import io.digestcatalog.core.dedupe.NormalizedTitle;
import io.digestcatalog.core.digest.DigestEntry;

/** Extracts links, cited identifiers and dedupe keys from a parsed entry. */
public final class EntryExtractor {

	private static final String ARXIV_ABS = "https://arxiv.org/abs/";

	private static final String HF_PAPERS = "https://huggingface.co/papers/";

	private EntryExtractor() {
	}

	public static ExtractedEntry extract(DigestEntry entry) {
		NormalizedTitle title = NormalizedTitle.of(entry.title());
		List<Link> ownLinks = new ArrayList<>();
		for (String raw : entry.details().links()) {
			UrlNormalizer.normalize(raw)
				.map(uri -> LinkClassifier.classify(uri, raw))
				.filter(link -> ownLinks.stream().noneMatch(l -> l.url().equals(link.url())))
				.ifPresent(ownLinks::add);
		}
		DigestEntry identified = identifiedByOwnLinks(entry, ownLinks);
		List<Link> links = new ArrayList<>();
		for (Link link : concat(LinkExtractor.extract(entry.title()), LinkExtractor.extract(entry.abstractText()))) {
			if (links.stream().noneMatch(l -> l.url().equals(link.url()))
					&& ownLinks.stream().noneMatch(l -> l.url().equals(link.url()))) {
				links.add(link);
			}
		}
		Set<Identifier> mentions = new LinkedHashSet<>(IdentifierExtractor.mentions(entry.abstractText()));
		if (identified.arxivId() != null) {
			mentions.remove(Identifier.of(identified.arxivId()));
		}
		if (identified.doi() != null) {
			mentions.remove(Identifier.of(identified.doi()));
		}
		return new ExtractedEntry(identified, title, links, ownLinks, mentions, DedupeKeys.of(identified, title));
	}

	/**
	 * An entry whose own abstract-page, PDF or DOI link names an identifier it did not
	 * state in a field is identified by that link (a link in its prose never is).
	 */
	static DigestEntry identifiedByOwnLinks(DigestEntry entry, List<Link> ownLinks) {
		ArxivId arxivId = entry.arxivId();
		Doi doi = entry.doi();
		for (Link link : ownLinks) {
			if (link.kind() != LinkKind.PAPER) {
				continue;
			}
			String url = link.url();
			String id = url.startsWith(ARXIV_ABS) ? url.substring(ARXIV_ABS.length())
					: url.startsWith(HF_PAPERS) ? url.substring(HF_PAPERS.length()) : null;
			if (arxivId == null && id != null) {
				arxivId = ArxivId.parse(id).orElse(null);
			}
			if (doi == null && url.startsWith("https://doi.org/")) {
				doi = Doi.parse(url.substring("https://doi.org/".length())).orElse(null);
			}
		}
		if (arxivId == entry.arxivId() && doi == entry.doi()) {
			return entry;
		}
		return new DigestEntry(entry.digest(), entry.ordinal(), entry.line(), entry.title(), entry.abstractText(),
				entry.authors(), arxivId, doi, entry.details());
	}

	private static List<Link> concat(List<Link> a, List<Link> b) {
		List<Link> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
