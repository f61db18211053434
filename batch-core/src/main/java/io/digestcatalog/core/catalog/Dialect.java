package io.digestcatalog.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The few places where the catalog's SQL differs between the embedded HSQLDB and a
 * PostgreSQL server; everything else is SQL both accept.
 */
public enum Dialect {

	HSQLDB, POSTGRESQL;

	/** The dialect of the database {@code c} is connected to. */
	public static Dialect of(Connection c) {
		try {
			String product = c.getMetaData().getDatabaseProductName();
			return product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : HSQLDB;
		}
		catch (SQLException ex) {
			throw new CatalogException("cannot tell which database the catalog is on: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A condition that {@code column} is one of the elements of the array bound to its
	 * one parameter. HSQLDB joins {@code IN (UNNEST(?))} to the column's index;
	 * PostgreSQL takes {@code = ANY(?)} (a set-returning function may not stand in
	 * WHERE).
	 */
	public String inArray(String column) {
		return (this == POSTGRESQL) ? column + " = ANY(?)" : column + " IN (UNNEST(?))";
	}

}
