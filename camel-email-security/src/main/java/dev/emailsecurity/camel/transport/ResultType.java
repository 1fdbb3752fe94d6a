package dev.emailsecurity.camel.transport;

/**
 * What an operation's {@code result} is decoded to.
 *
 * @param kind      the decoding applied to the envelope's {@code result}
 * @param itemClass the model class of the result, or of each item for lists and batch results
 */
public record ResultType(Kind kind, Class<?> itemClass) {

    public enum Kind {
        /** One object of {@code itemClass}. */
        OBJECT,
        /** A {@code List} of {@code itemClass}. */
        LIST,
        /** A {@code BatchResult} of {@code itemClass}. */
        BATCH,
        /** A base64 {@code screenshot} decoded to PNG bytes ({@code byte[]}). */
        PNG,
        /** The {@code raw} field: the whole message as EML text ({@code String}). */
        EML,
        /** A free-form JSON object ({@code Map}). */
        MAP
    }

    public static ResultType object(Class<?> type) {
        return new ResultType(Kind.OBJECT, type);
    }

    public static ResultType list(Class<?> itemType) {
        return new ResultType(Kind.LIST, itemType);
    }

    public static ResultType batch(Class<?> itemType) {
        return new ResultType(Kind.BATCH, itemType);
    }

    public static ResultType png() {
        return new ResultType(Kind.PNG, byte[].class);
    }

    public static ResultType eml() {
        return new ResultType(Kind.EML, String.class);
    }

    public static ResultType map() {
        return new ResultType(Kind.MAP, java.util.Map.class);
    }
}
