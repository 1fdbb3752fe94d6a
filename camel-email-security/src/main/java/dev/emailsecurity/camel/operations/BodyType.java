package dev.emailsecurity.camel.operations;

import java.util.List;

import dev.emailsecurity.camel.model.DeletedItem;

/**
 * The request body an operation takes. The message body may be the typed model, a {@code Map}, or a JSON
 * {@code String}; list bodies also accept a {@code Collection} of ids or of objects that have an id.
 *
 * @param shape      the JSON shape of the body
 * @param modelClass the typed model accepted as body (for {@link Shape#ID_LIST} the element type)
 * @param required       whether the operation refuses to run without a body
 * @param requiredFields the fields the API requires in the body object (from the OpenAPI extract,
 *                       docs/reference/API-REFERENCE.md), checked before any call
 */
public record BodyType(Shape shape, Class<?> modelClass, boolean required, List<String> requiredFields) {

    public enum Shape {
        /** No body. */
        NONE,
        /** A JSON object. */
        OBJECT,
        /** A JSON array of id strings (release as the July 2026 spec has it; still accepted by the emulator). */
        ID_LIST,
        /** A JSON object {@code {"ids": [...]}} of id strings (release since the newest SDK). */
        IDS_OBJECT,
        /** A JSON array of {@code {"id": ...}} objects (domains bulk delete). */
        ID_OBJECT_LIST,
        /** The four-array batch request: deletes, patches, puts, posts. */
        BATCH
    }

    public static final BodyType NONE = new BodyType(Shape.NONE, Void.class, false, List.of());

    public static BodyType object(Class<?> modelClass) {
        return new BodyType(Shape.OBJECT, modelClass, true, List.of());
    }

    public static BodyType optionalObject(Class<?> modelClass) {
        return new BodyType(Shape.OBJECT, modelClass, false, List.of());
    }

    public static BodyType idList() {
        return new BodyType(Shape.ID_LIST, String.class, true, List.of());
    }

    public static BodyType idsObject() {
        return new BodyType(Shape.IDS_OBJECT, String.class, true, List.of());
    }

    /** Domains bulk delete: the newest SDKs send no body, the July 2026 spec an array of {@code {"id"}}. */
    public static BodyType optionalIdObjectList() {
        return new BodyType(Shape.ID_OBJECT_LIST, DeletedItem.class, false, List.of());
    }

    /** A batch request whose entries are of the given settings type. */
    public static BodyType batch(Class<?> entryClass) {
        return new BodyType(Shape.BATCH, entryClass, true, List.of());
    }

    /** The same body, whose object must have these fields. */
    public BodyType requiring(String... fields) {
        return new BodyType(shape, modelClass, required, List.of(fields));
    }

    public boolean hasBody() {
        return shape != Shape.NONE;
    }

    /** Describes what the body may be, for error messages. */
    public String describe() {
        String what = switch (shape) {
            case NONE -> "no body";
            case OBJECT -> modelClass.getSimpleName() + ", Map or JSON String";
            case ID_LIST -> "Collection of ids, MessageDetails list, or JSON array String";
            case IDS_OBJECT -> "Collection of ids, MessageDetails list, JSON array String or {\"ids\": [...]} JSON";
            case ID_OBJECT_LIST -> "Collection of ids or DeletedItem, or JSON array String";
            case BATCH -> "BatchRequest<" + modelClass.getSimpleName() + ">, Map or JSON String";
        };
        return required || shape == Shape.NONE ? what : what + " (or no body)";
    }
}
