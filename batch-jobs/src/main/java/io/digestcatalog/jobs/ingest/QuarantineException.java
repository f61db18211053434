package io.digestcatalog.jobs.ingest;

import io.digestcatalog.core.digest.RejectedEntry;

/** Raised for an entry that goes to quarantine; the skip policy skips exactly these. */
public class QuarantineException extends RuntimeException {

	private final transient RejectedEntry rejected;

	public QuarantineException(RejectedEntry rejected) {
		super(rejected.reason(), null, false, false);
		this.rejected = rejected;
	}

	public RejectedEntry rejected() {
		return this.rejected;
	}

}
