package jp.renkei.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import jp.renkei.gateway.store.StoreException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** The single mapping of failures to answers, for the database's own failures. */
class DispatcherFailureTest {

    @Test
    void aLostOrRefusedDatabaseConnectionIs503WithRetryAfterAndNoDetail() {
        Throwable[] unreachable = {
            new StoreException("the write transaction failed", new PSQLException("I/O error",
                    PSQLState.CONNECTION_FAILURE)),
            new StoreException("read failed", new SQLTransientConnectionException("renkei-read - Connection is not"
                    + " available, request timed out after 10000ms")),
            new StoreException("x", new PSQLException("refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT)),
            new StoreException("the write transaction failed", new java.sql.SQLException("canceling statement due to"
                    + " lock timeout", "55P03")),
        };
        for (Throwable e : unreachable) {
            Answer answer = Dispatcher.failure(e);
            assertThat(answer.status().code()).as(e.getCause().toString()).isEqualTo(503);
            assertThat(answer.headers()).containsEntry("Retry-After", "5");
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("\"store_unavailable\"")
                    .doesNotContain("I/O error").doesNotContain("renkei-read");
        }
    }

    @Test
    void otherDatabaseFailuresStayInternalErrors() {
        Answer answer = Dispatcher.failure(new StoreException("x", new PSQLException("duplicate key",
                PSQLState.UNIQUE_VIOLATION)));

        assertThat(answer.status().code()).isEqualTo(500);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("internal_error")
                .doesNotContain("duplicate");
    }
}
