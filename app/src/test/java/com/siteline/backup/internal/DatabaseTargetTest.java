package com.siteline.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The database a backup is taken of, from the JDBC addresses Siteline runs on. */
class DatabaseTargetTest {

    @Test
    void aSingleServerAndAFailoverListOfServersBothName() {
        DatabaseTarget single = DatabaseTarget.of("jdbc:mariadb://db.example:3307/siteline?useSsl=true");
        assertThat(single.engine()).isEqualTo(DatabaseTarget.Engine.MARIADB);
        assertThat(single.host()).isEqualTo("db.example");
        assertThat(single.port()).isEqualTo(3307);
        assertThat(single.database()).isEqualTo("siteline");

        // ./siteline cluster's Galera nodes: the first is dumped
        DatabaseTarget galera =
                DatabaseTarget.of("jdbc:mariadb:sequential://127.0.0.1:3411,127.0.0.1:3412,127.0.0.1:3413/siteline");
        assertThat(galera.host()).isEqualTo("127.0.0.1");
        assertThat(galera.port()).isEqualTo(3411);
        assertThat(galera.database()).isEqualTo("siteline");

        assertThat(DatabaseTarget.of("jdbc:mariadb://localhost/siteline").port())
                .isEqualTo(3306);
        assertThat(DatabaseTarget.of("jdbc:h2:file:./data/siteline;MODE=MariaDB")
                        .engine())
                .isEqualTo(DatabaseTarget.Engine.H2);
        assertThatThrownBy(() -> DatabaseTarget.of("jdbc:postgresql://localhost/siteline"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
