package dev.emailsecurity.camel.consumer.state;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on a real PostgreSQL server on loopback (profile postgres). */
@Tag("postgres")
class PostgresStateRepositoryTest extends JdbcStateRepositoryContract {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @Override
    protected DataSource dataSource() {
        return POSTGRES.server().dataSource();
    }
}
