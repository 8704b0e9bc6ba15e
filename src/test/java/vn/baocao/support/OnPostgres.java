package vn.baocao.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that runs on PostgreSQL ({@link Postgres}). On the embedded server it
 * always runs; against an outside server ({@code -Ppostgres}) it is skipped, with the
 * reason, when nothing answers there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("postgres")
@ExtendWith(OnPostgres.ServerAnswers.class)
public @interface OnPostgres {

	/** Skips the class when the outside server does not answer. */
	class ServerAnswers implements ExecutionCondition {

		private static volatile ConditionEvaluationResult answer;

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (!Postgres.outsideServer()) {
				return ConditionEvaluationResult.enabled("embedded PostgreSQL");
			}
			ConditionEvaluationResult result = answer;
			if (result == null) {
				result = probe();
				answer = result;
				if (!result.isDisabled()) {
					System.out.println("[postgres] " + result.getReason().orElse(""));
				}
				else {
					System.out.println("[postgres] SKIPPED: " + result.getReason().orElse(""));
				}
			}
			return result;
		}

		private static ConditionEvaluationResult probe() {
			String url = Postgres.serverUrl();
			try (Connection connection = DriverManager
				.getConnection(url + (url.endsWith("/") ? "" : "/") + Postgres.USER, Postgres.USER, "")) {
				return ConditionEvaluationResult.enabled(
						"PostgreSQL server at " + url + ": " + connection.getMetaData().getDatabaseProductVersion());
			}
			catch (SQLException ex) {
				return ConditionEvaluationResult.disabled("no PostgreSQL server answers at " + url + " as user "
						+ Postgres.USER + " (" + ex.getMessage() + "): the PostgreSQL store tests did not run");
			}
		}

	}

}
