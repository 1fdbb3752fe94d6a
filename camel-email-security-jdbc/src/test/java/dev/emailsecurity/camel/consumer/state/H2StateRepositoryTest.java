package dev.emailsecurity.camel.consumer.state;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The contract on an in-memory H2 database (default build). */
class H2StateRepositoryTest extends JdbcStateRepositoryContract {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    H2StateRepositoryTest() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
