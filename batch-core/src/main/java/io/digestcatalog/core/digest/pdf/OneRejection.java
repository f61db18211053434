package io.digestcatalog.core.digest.pdf;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.RejectedEntry;

/** A PDF refused as a whole: one rejected item, then the end. */
final class OneRejection implements DigestItemStream {

	private RejectedEntry pending;

	OneRejection(RejectedEntry rejection) {
		this.pending = rejection;
	}

	@Override
	public DigestItem next() {
		RejectedEntry item = this.pending;
		this.pending = null;
		return item;
	}

	@Override
	public void close() {
		this.pending = null;
	}

}
