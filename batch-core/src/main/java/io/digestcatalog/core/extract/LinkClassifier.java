package io.digestcatalog.core.extract;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies a normalized URL and reduces repository links to their canonical
 * {@code owner/name} form ({@code …/tree/master} and {@code .git} are the same
 * repository).
 */
public final class LinkClassifier {

	private static final Set<String> CODE_HOSTS = Set.of("github.com", "gitlab.com", "bitbucket.org", "codeberg.org");

	private static final Set<String> RESERVED_OWNERS = Set.of("orgs", "topics", "features", "sponsors", "marketplace",
			"settings", "about", "login", "collections", "explore", "search", "users", "apps", "pricing", "site");

	private static final Set<String> HF_NON_MODEL = Set.of("docs", "blog", "models", "spaces", "datasets", "papers",
			"login", "join", "collections", "organizations", "pricing", "learn", "tasks", "settings", "chat");

	private static final Set<String> PAPER_HOSTS = Set.of("doi.org", "dx.doi.org", "openreview.net", "aclanthology.org",
			"proceedings.mlr.press", "papers.nips.cc", "proceedings.neurips.cc", "dl.acm.org", "ieeexplore.ieee.org",
			"link.springer.com", "semanticscholar.org");

	private static final Set<String> DATASET_HOSTS = Set.of("zenodo.org", "figshare.com", "data.mendeley.com",
			"dataverse.harvard.edu");

	private LinkClassifier() {
	}

	public static Link classify(URI normalized, String raw) {
		String host = stripWww(normalized.getHost().toLowerCase(Locale.ROOT));
		List<String> segments = segments(normalized.getPath());
		if (CODE_HOSTS.contains(host)) {
			return codeHost(host, segments, normalized, raw);
		}
		if ("huggingface.co".equals(host) || "hf.co".equals(host)) {
			return huggingFace(segments, normalized, raw);
		}
		if (host.endsWith(".github.io") || host.endsWith(".gitlab.io") || host.endsWith(".pages.dev")) {
			return new Link(normalized.toString(), LinkKind.PROJECT_PAGE, null, raw);
		}
		if ("arxiv.org".equals(host) || host.endsWith(".arxiv.org")) {
			return arxiv(segments, normalized, raw);
		}
		if ("doi.org".equals(host) || "dx.doi.org".equals(host)) {
			String doi = normalized.getPath().length() > 1 ? normalized.getPath().substring(1) : "";
			return Doi.parse(doi)
				.map(d -> new Link("https://doi.org/" + d.value(), LinkKind.PAPER, null, raw))
				.orElseGet(() -> new Link(normalized.toString(), LinkKind.OTHER, null, raw));
		}
		if (PAPER_HOSTS.contains(host)) {
			return new Link(normalized.toString(), LinkKind.PAPER, null, raw);
		}
		if (DATASET_HOSTS.contains(host)
				|| ("kaggle.com".equals(host) && !segments.isEmpty() && "datasets".equals(segments.get(0)))) {
			return new Link(normalized.toString(), LinkKind.DATASET, null, raw);
		}
		return new Link(normalized.toString(), LinkKind.OTHER, null, raw);
	}

	private static Link codeHost(String host, List<String> segments, URI normalized, String raw) {
		// GitLab groups nest; the project path ends where "/-/" starts
		int end = segments.indexOf("-");
		List<String> path = "gitlab.com".equals(host) ? segments.subList(0, end < 0 ? segments.size() : end)
				: segments.subList(0, Math.min(2, segments.size()));
		if (path.size() < 2 || RESERVED_OWNERS.contains(path.get(0).toLowerCase(Locale.ROOT))) {
			return new Link(normalized.toString(), LinkKind.OTHER, null, raw);
		}
		String name = path.get(path.size() - 1);
		if (name.endsWith(".git")) {
			name = name.substring(0, name.length() - 4);
		}
		String repo = String.join("/", path.subList(0, path.size() - 1)) + "/" + name;
		return new Link("https://" + host + "/" + repo, LinkKind.CODE, repo, raw);
	}

	private static Link huggingFace(List<String> segments, URI normalized, String raw) {
		if (segments.size() >= 3 && ("spaces".equals(segments.get(0)) || "datasets".equals(segments.get(0)))) {
			String repo = segments.get(0) + "/" + segments.get(1) + "/" + segments.get(2);
			LinkKind kind = "spaces".equals(segments.get(0)) ? LinkKind.CODE : LinkKind.DATASET;
			return new Link("https://huggingface.co/" + repo, kind, repo, raw);
		}
		if (segments.size() >= 2 && "papers".equals(segments.get(0))) {
			return new Link("https://huggingface.co/papers/" + segments.get(1), LinkKind.PAPER, null, raw);
		}
		if (segments.size() >= 2 && !HF_NON_MODEL.contains(segments.get(0))) {
			String repo = segments.get(0) + "/" + segments.get(1);
			return new Link("https://huggingface.co/" + repo, LinkKind.CODE, repo, raw);
		}
		return new Link(normalized.toString(), LinkKind.OTHER, null, raw);
	}

	private static Link arxiv(List<String> segments, URI normalized, String raw) {
		if (segments.size() >= 2 && Set.of("abs", "pdf", "html").contains(segments.get(0))) {
			String id = String.join("/", segments.subList(1, segments.size()));
			if (id.endsWith(".pdf")) {
				id = id.substring(0, id.length() - 4);
			}
			return ArxivId.parse(id)
				.map(a -> new Link("https://arxiv.org/abs/" + a.id(), LinkKind.PAPER, null, raw))
				.orElseGet(() -> new Link(normalized.toString(), LinkKind.PAPER, null, raw));
		}
		return new Link(normalized.toString(), LinkKind.OTHER, null, raw);
	}

	private static String stripWww(String host) {
		return host.startsWith("www.") ? host.substring(4) : host;
	}

	private static List<String> segments(String path) {
		if (path == null || path.isEmpty() || "/".equals(path)) {
			return List.of();
		}
		return Arrays.stream(path.substring(1).split("/")).filter(s -> !s.isEmpty()).toList();
	}

}
