package io.digestcatalog.core.digest;

import java.util.Objects;

/**
 * An entry (or a whole digest, at ordinal 0) that could not be parsed; it goes to
 * quarantine with its reason and raw text.
 *
 * @param digest the digest it came from
 * @param ordinal position in the digest, or 0 for the digest as a whole
 * @param line line where the rejected text starts
 * @param reason why it was rejected, one line for the operator
 * @param rawText the text as read, possibly cut to a bounded length
 */
public record RejectedEntry(DigestRef digest, long ordinal, long line, String reason,
		String rawText) implements DigestItem {

	public static final int MAX_RAW_LENGTH = 16_384;

	public RejectedEntry {
		Objects.requireNonNull(digest, "digest");
		Objects.requireNonNull(reason, "reason");
		rawText = (rawText == null) ? "" : rawText;
		if (rawText.length() > MAX_RAW_LENGTH) {
			rawText = rawText.substring(0, MAX_RAW_LENGTH);
		}
	}

}
