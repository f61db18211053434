package io.digestcatalog.core.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands what an operator names (files, folders, globs) into the digest files to read,
 * in a stable order, so a restarted run sees the same sequence as the first.
 */
public final class DigestInputs {

	private DigestInputs() {
	}

	public static List<Path> expand(List<String> inputs) {
		return expand(inputs, InputFilter.ALL);
	}

	/**
	 * Expands inputs; the filter applies to files found in folders, not to files named
	 * outright.
	 */
	public static List<Path> expand(List<String> inputs, InputFilter filter) {
		Set<Path> files = new LinkedHashSet<>();
		for (String input : inputs) {
			if (isGlob(input)) {
				List<Path> matched = glob(input);
				if (matched.isEmpty()) {
					throw new DigestInputException("no file matches " + input);
				}
				files.addAll(matched);
				continue;
			}
			Path path = Path.of(input).toAbsolutePath().normalize();
			if (Files.isDirectory(path)) {
				files.addAll(walk(path, p -> filter.accepts(path, p)));
			}
			else if (Files.isRegularFile(path)) {
				if (!Files.isReadable(path)) {
					throw new DigestInputException("cannot read " + input);
				}
				files.add(path);
			}
			else {
				throw new DigestInputException("no such file or folder: " + input);
			}
		}
		return new ArrayList<>(files);
	}

	static boolean isGlob(String input) {
		return input.contains("*") || input.contains("?") || input.contains("[");
	}

	private static List<Path> glob(String pattern) {
		Path abs = Path.of(pattern.replaceAll("[*?\\[].*$", "x")).toAbsolutePath().normalize();
		// the walk starts at the deepest folder before the first wildcard
		Path root = abs.getParent();
		while (root != null && !Files.isDirectory(root)) {
			root = root.getParent();
		}
		if (root == null) {
			return List.of();
		}
		String absolutePattern = Path.of(pattern).isAbsolute() ? pattern
				: Path.of("").toAbsolutePath().resolve(pattern).normalize().toString();
		PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + absolutePattern);
		return walk(root, matcher::matches);
	}

	private static List<Path> walk(Path root, java.util.function.Predicate<Path> filter) {
		try (Stream<Path> stream = Files.walk(root)) {
			return stream.filter(Files::isRegularFile)
				.filter(p -> !isHidden(root, p))
				.filter(filter)
				.map(Path::toAbsolutePath)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isHidden(Path root, Path p) {
		for (Path part : root.relativize(p)) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

}
