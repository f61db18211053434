package io.digestcatalog.core.catalog;

/** Another live run holds the catalog's run lock. */
public class RunLockHeldException extends RuntimeException {

	private final RunLock.Holder holder;

	public RunLockHeldException(RunLock.Holder holder) {
		super("another run holds the catalog: " + holder.describe(), null, false, false);
		this.holder = holder;
	}

	public RunLock.Holder holder() {
		return this.holder;
	}

}
