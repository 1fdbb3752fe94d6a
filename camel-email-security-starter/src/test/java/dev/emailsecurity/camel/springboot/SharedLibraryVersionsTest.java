package dev.emailsecurity.camel.springboot;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's BOM manages Jackson 2 and HttpClient 5 too; with the starter they stay at the versions the component
 * is built and tested with (the parent's Jackson BOM, and what camel-http brings).
 */
class SharedLibraryVersionsTest {

    @ParameterizedTest
    @CsvSource({
            "com.fasterxml.jackson.core, jackson-databind, expected.jackson-databind",
            "org.apache.httpcomponents.client5, httpclient5, expected.httpclient5",
            "org.apache.httpcomponents.core5, httpcore5, expected.httpcore5" })
    void theComponentKeepsItsVersions(String group, String artifact, String expectedProperty) throws Exception {
        Properties pom = new Properties();
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            assertThat(in).as(artifact + " on the classpath").isNotNull();
            pom.load(in);
        }
        assertThat(System.getProperty(expectedProperty)).isNotBlank();
        assertThat(pom.getProperty("version")).as(artifact).isEqualTo(System.getProperty(expectedProperty));
    }
}
