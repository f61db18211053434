package io.digestcatalog.eval.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the ground truth that sits beside a corpus's PDFs: science-parse's
 * {@code *.extraction.json} titles, {@code *-labels.txt} and {@code TITLE = …} files,
 * {@code groundTruth.json}-style records (title and authors by document id), arXiv Atom
 * entries ({@link AtomGroundTruth}) and the facts the corpus README states
 * ({@link ReadmeFacts}).
 */
final class CorpusGroundTruth {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern LABEL = Pattern.compile("^(TITLE|AUTHOR|ABSTRACT)\\s*(?:\\t|=)\\s*(.*)$");

	private final Map<Path, GroundTruth> truths = new LinkedHashMap<>();

	private final Map<String, Path> pdfsByName = new LinkedHashMap<>();

	private final Set<Path> pdfFolders;

	private CorpusGroundTruth(List<Path> pdfs) {
		pdfs.forEach(p -> this.pdfsByName.putIfAbsent(p.getFileName().toString(), p));
		this.pdfFolders = pdfs.stream().map(Path::getParent).collect(Collectors.toSet());
	}

	/** Every ground truth in the corpus folder, by PDF, for the PDFs given. */
	static Map<Path, GroundTruth> load(Path corpus, List<Path> pdfs) {
		CorpusGroundTruth loader = new CorpusGroundTruth(pdfs);
		try (Stream<Path> files = Files.walk(corpus)) {
			// files made for ground truth first; the README's remarks fill what they
			// leave
			Comparator<Path> readmeLast = Comparator
				.comparing(p -> p.getFileName().toString().equalsIgnoreCase("README.md"));
			for (Path file : files.filter(Files::isRegularFile)
				.sorted(readmeLast.thenComparing(Comparator.naturalOrder()))
				.toList()) {
				try {
					loader.read(file);
				}
				catch (JacksonException ex) {
					// a JSON file that cannot be parsed holds no ground truth
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the corpus " + corpus, ex);
		}
		return loader.truths;
	}

	private void read(Path file) throws IOException {
		String name = file.getFileName().toString();
		boolean besidePdfs = this.pdfFolders.contains(file.getParent());
		if (name.equalsIgnoreCase("README.md")) {
			readReadme(file);
		}
		else if (!besidePdfs) {
			return;
		}
		else if (name.endsWith(".extraction.json")) {
			JsonNode pairs = JSON.readTree(text(file));
			for (JsonNode pair : pairs) {
				if ("title".equals(pair.path(0).asString(""))) {
					update(sibling(file, name.replace(".extraction.json", ".pdf")), name,
							t -> t.merge(name, pair.path(1).asString(), List.of(), null, null, null));
				}
			}
		}
		else if (name.endsWith(".txt") && this.pdfsByName.containsKey(name.replaceAll("(-labels)?\\.txt$", ".pdf"))) {
			readLabels(file, sibling(file, name.replaceAll("(-labels)?\\.txt$", ".pdf")));
		}
		else if (name.endsWith(".json")) {
			readRecords(file);
		}
		else if (name.endsWith(".xml")) {
			AtomGroundTruth.read(file).forEach(entry -> update(sibling(file, entry.pdfName()), name, entry::addTo));
		}
	}

	private void readLabels(Path file, Path pdf) throws IOException {
		String title = null;
		String abstractText = null;
		List<String> authors = new ArrayList<>();
		for (String line : text(file).split("\\R")) {
			Matcher m = LABEL.matcher(line.strip());
			if (m.matches()) {
				switch (m.group(1)) {
					case "TITLE" -> title = m.group(2);
					case "AUTHOR" -> authors.add(m.group(2).strip());
					default -> abstractText = m.group(2);
				}
			}
		}
		String source = file.getFileName().toString();
		String t = title;
		String a = abstractText;
		update(pdf, source, g -> g.merge(source, t, authors, null, null, a));
	}

	/**
	 * Records with an id, a title and "Surname, Given" authors: an array or one per line.
	 */
	private void readRecords(Path file) throws IOException {
		String source = file.getFileName().toString();
		for (JsonNode record : JSON.readerFor(JsonNode.class).<JsonNode>readValues(text(file)).readAll()) {
			for (JsonNode r : record.isArray() ? record : JSON.createArrayNode().add(record)) {
				Path pdf = pdfFor(r);
				if (pdf != null) {
					List<String> authors = r.path("authors").valueStream().map(a -> a.asString("")).toList();
					update(pdf, source,
							t -> t.merge(source, r.path("title").asString(null), authors, null, null, null));
				}
			}
		}
	}

	private Path pdfFor(JsonNode record) {
		String id = record.path("id").asString("");
		String url = record.path("url").asString("");
		String lastSegment = url.substring(url.lastIndexOf('/') + 1);
		Path byId = this.pdfsByName.get(id + ".pdf");
		return (byId != null || id.isEmpty()) ? byId : this.pdfsByName.get(lastSegment);
	}

	private void readReadme(Path file) throws IOException {
		for (ReadmeFacts.Fact fact : ReadmeFacts.read(text(file))) {
			update(this.pdfsByName.get(fact.pdfName()), "README.md",
					g -> g.merge("README.md", fact.title(), List.of(), fact.arxivId(), null, null));
		}
	}

	private Path sibling(Path file, String pdfName) {
		Path pdf = file.resolveSibling(pdfName);
		return Files.exists(pdf) ? pdf : null;
	}

	private void update(Path pdf, String source, UnaryOperator<GroundTruth> change) {
		if (pdf != null) {
			this.truths.put(pdf, change.apply(this.truths.getOrDefault(pdf, GroundTruth.of(pdf))));
		}
	}

	private static String text(Path file) throws IOException {
		String s = Files.readString(file, StandardCharsets.UTF_8);
		return s.startsWith("\uFEFF") ? s.substring(1) : s;
	}

}
