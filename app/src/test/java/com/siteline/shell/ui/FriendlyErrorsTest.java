package com.siteline.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.RefusedException;
import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

class FriendlyErrorsTest {

    @Test
    void theDatabaseBeingAwayReadsAsSuchWhereverItIsInTheChain() {
        assertThat(FriendlyErrors.messageKey(new CannotCreateTransactionException(
                        "no connection", new SQLNonTransientConnectionException("Socket fail", "08000"))))
                .isEqualTo("error.database");
        assertThat(FriendlyErrors.messageKey(new RuntimeException(
                        "view",
                        new IllegalStateException(
                                "service", new SQLNonTransientConnectionException("Connection refused", "08S01")))))
                .isEqualTo("error.database");
        assertThat(FriendlyErrors.messageKey(new RuntimeException(new ConnectException("refused"))))
                .isEqualTo("error.database");
    }

    @Test
    void conflictsRefusalsAndEverythingElseHaveTheirOwnWords() {
        assertThat(FriendlyErrors.messageKey(new ObjectOptimisticLockingFailureException(Object.class, 1L)))
                .isEqualTo("conflict.saved-by-other");
        assertThat(FriendlyErrors.messageKey(new AccessDeniedException("no"))).isEqualTo("error.denied");
        assertThat(FriendlyErrors.messageKey(new RefusedException("issue.refused.closed")))
                .isEqualTo("error.refused");
        assertThat(FriendlyErrors.messageKey(new NullPointerException())).isEqualTo("error.unexpected");
    }
}
