package io.digestcatalog.cli.daemon;

import java.nio.file.Path;

/**
 * What the daemon's database server tells the rest of the process: that it serves the
 * embedded database, and on which port, so that other digestcat commands find it.
 */
public interface CatalogServing {

	/** For a database this process does not own. */
	CatalogServing NONE = new CatalogServing() {
		@Override
		public boolean owned() {
			return false;
		}

		@Override
		public Path database() {
			return null;
		}

		@Override
		public void serving(int port) {
		}

		@Override
		public void notServing() {
		}
	};

	/** Whether this process opened the embedded database file and owns it. */
	boolean owned();

	/** The database's path (its files start with it). */
	Path database();

	void serving(int port);

	void notServing();

}
