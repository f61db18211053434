package io.digestcatalog.core.digest;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Which files of a folder to read: glob patterns matched against a file's name and
 * against its path inside the folder ({@code *.json}, {@code 2026/**}). Excludes win over
 * includes; no includes means every file. A Maildir's {@code tmp/} (deliveries in
 * progress) is never read.
 *
 * @param includes globs a file must match one of, or empty for all
 * @param excludes globs a file must match none of
 */
public record InputFilter(List<String> includes, List<String> excludes) {

	public static final InputFilter ALL = new InputFilter(List.of(), List.of());

	public InputFilter {
		includes = (includes != null) ? List.copyOf(includes) : List.of();
		excludes = (excludes != null) ? List.copyOf(excludes) : List.of();
		for (String glob : includes) {
			matcher(glob);
		}
		for (String glob : excludes) {
			matcher(glob);
		}
	}

	/** Whether a file found under {@code root} is to be read. */
	public boolean accepts(Path root, Path file) {
		Path relative = root.relativize(file);
		if (isMaildirTmp(file)) {
			return false;
		}
		if (this.excludes.stream().anyMatch(glob -> matches(glob, relative))) {
			return false;
		}
		return this.includes.isEmpty() || this.includes.stream().anyMatch(glob -> matches(glob, relative));
	}

	private static boolean matches(String glob, Path relative) {
		PathMatcher m = matcher(glob);
		return m.matches(relative) || m.matches(relative.getFileName());
	}

	private static PathMatcher matcher(String glob) {
		try {
			return FileSystems.getDefault().getPathMatcher("glob:" + glob);
		}
		catch (IllegalArgumentException ex) {
			throw new DigestInputException("not a valid glob: " + glob + " (" + ex.getMessage() + ")");
		}
	}

	/**
	 * A {@code tmp/} beside {@code cur/} or {@code new/} is a Maildir's; elsewhere it is
	 * an ordinary folder.
	 */
	private static boolean isMaildirTmp(Path file) {
		Path parent = file.getParent();
		if (parent == null || parent.getFileName() == null || !"tmp".equals(parent.getFileName().toString())) {
			return false;
		}
		return java.nio.file.Files.isDirectory(parent.resolveSibling("cur"))
				|| java.nio.file.Files.isDirectory(parent.resolveSibling("new"));
	}

}
