package vn.baocao.storage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.relational.core.dialect.AbstractDialect;
import org.springframework.data.relational.core.dialect.IdGeneration;
import org.springframework.data.relational.core.dialect.LimitClause;
import org.springframework.data.relational.core.dialect.LockClause;
import org.springframework.data.relational.core.sql.LockOptions;

/**
 * Spring Data JDBC has no SQLite dialect and will not start without one. SQLite takes
 * {@code LIMIT n OFFSET m}, has no row locks (a transaction locks the whole file), cannot
 * return generated keys for a batch, and stores instants here as epoch milliseconds.
 */
public final class SqliteDialect extends AbstractDialect implements JdbcDialect {

	public static final SqliteDialect INSTANCE = new SqliteDialect();

	private static final LimitClause LIMIT = new LimitClause() {

		@Override
		public String getLimit(long limit) {
			return "LIMIT " + limit;
		}

		@Override
		public String getOffset(long offset) {
			return "LIMIT -1 OFFSET " + offset;
		}

		@Override
		public String getLimitOffset(long limit, long offset) {
			return "LIMIT " + limit + " OFFSET " + offset;
		}

		@Override
		public Position getClausePosition() {
			return Position.AFTER_ORDER_BY;
		}

	};

	private static final LockClause NO_LOCK = new LockClause() {

		@Override
		public String getLock(LockOptions lockOptions) {
			return "";
		}

		@Override
		public Position getClausePosition() {
			return Position.AFTER_ORDER_BY;
		}

	};

	private SqliteDialect() {
	}

	@Override
	public LimitClause limit() {
		return LIMIT;
	}

	@Override
	public LockClause lock() {
		return NO_LOCK;
	}

	@Override
	public IdGeneration getIdGeneration() {
		return new IdGeneration() {
			@Override
			public boolean supportedForBatchOperations() {
				return false;
			}
		};
	}

	@Override
	public Collection<Object> getConverters() {
		return List.of(InstantToMillis.INSTANCE, MillisToInstant.INSTANCE);
	}

	@WritingConverter
	enum InstantToMillis implements Converter<Instant, Long> {

		INSTANCE;

		@Override
		public Long convert(Instant source) {
			return source.toEpochMilli();
		}

	}

	@ReadingConverter
	enum MillisToInstant implements Converter<Long, Instant> {

		INSTANCE;

		@Override
		public Instant convert(Long source) {
			return Instant.ofEpochMilli(source);
		}

	}

}
