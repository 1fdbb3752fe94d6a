package dev.emailsecurity.camel.operations;

/** Where the value of an API parameter comes from for one call: a header if present, else the endpoint option. */
@FunctionalInterface
public interface ParameterSource {

    /** The value, or null when neither header nor option sets it. */
    Object get(ApiParameter parameter);
}
