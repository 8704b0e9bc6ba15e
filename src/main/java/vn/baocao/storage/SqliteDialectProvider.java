package vn.baocao.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.data.jdbc.core.dialect.DialectResolver;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Lets Spring Data JDBC find {@link SqliteDialect}; registered in
 * META-INF/spring.factories so that test slices, which ignore dialect beans, find it too.
 */
public class SqliteDialectProvider implements DialectResolver.JdbcDialectProvider {

	@Override
	public Optional<Dialect> getDialect(JdbcOperations operations) {
		return Optional.ofNullable(operations.execute((ConnectionCallback<Dialect>) SqliteDialectProvider::resolve));
	}

	private static Dialect resolve(Connection connection) throws SQLException, DataAccessException {
		String product = connection.getMetaData().getDatabaseProductName();
		return product != null && product.toLowerCase(Locale.ROOT).contains("sqlite") ? SqliteDialect.INSTANCE : null;
	}

}
