package io.digestcatalog.core.digest;

import java.io.Closeable;
import java.io.IOException;

/** A digest being read, one entry at a time; never holds the whole digest in memory. */
public interface DigestItemStream extends Closeable {

	/** The next entry or rejected entry, or {@code null} at the end of the digest. */
	DigestItem next() throws IOException;

	/** A stream of at most one item: a digest refused (or passed over) as a whole. */
	static DigestItemStream of(DigestItem item) {
		return new DigestItemStream() {
			private DigestItem pending = item;

			@Override
			public DigestItem next() {
				DigestItem next = this.pending;
				this.pending = null;
				return next;
			}

			@Override
			public void close() {
				this.pending = null;
			}
		};
	}

}
