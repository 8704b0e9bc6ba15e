/**
 * The database: the SQLite file and its connection settings, and the Spring Data JDBC
 * dialect SQLite lacks. Schema changes live in Flyway migrations under
 * {@code db/migration}.
 */
@NullMarked
package vn.baocao.storage;

import org.jspecify.annotations.NullMarked;
