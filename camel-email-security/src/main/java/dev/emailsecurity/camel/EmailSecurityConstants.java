package dev.emailsecurity.camel;

/**
 * The headers the component reads and writes. Every API parameter option has a header of the same name (prefix
 * {@value #HEADER_PREFIX}, option name capitalised) that overrides the option for one message. The headers are
 * declared once in {@code src/main/parameters} ({@code api-parameters.txt}, {@code headers.txt}), from which the build
 * writes the superclasses {@link ApiParameterHeaders} and {@link EmailSecurityHeaders}.
 */
public final class EmailSecurityConstants extends EmailSecurityHeaders {

    public static final String HEADER_PREFIX = "CamelEmailSecurity";

    private EmailSecurityConstants() {
    }
}
