package org.neurite.dl.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON for the immutable records a network spec is made of (layers, shapes), by their components: numbers,
 * booleans, texts, enums, lists of texts, and nested records or sealed interfaces of records (written with a
 * {@code "type"} naming the record). Reading calls the canonical constructor, so a record's own checks run.
 */
final class RecordJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String TYPE = "type";

    static JsonNode write(Object value) {
        return switch (value) {
            case null -> JSON.nullNode();
            case Integer i -> JSON.numberNode(i);
            case Long l -> JSON.numberNode(l);
            case Double d -> JSON.numberNode(d);
            case Boolean b -> JSON.booleanNode(b);
            case String s -> JSON.textNode(s);
            case Enum<?> e -> JSON.textNode(e.name());
            case List<?> list -> {
                ArrayNode array = JSON.arrayNode();
                list.forEach(v -> array.add(write(v)));
                yield array;
            }
            case Record r -> {
                ObjectNode o = JSON.objectNode();
                o.put(TYPE, r.getClass().getSimpleName());
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        o.set(c.getName(), write(c.getAccessor().invoke(r)));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("Cannot read " + c + ": " + e, e);
                    }
                }
                yield o;
            }
            default -> throw new IllegalArgumentException("No JSON form for " + value.getClass().getName());
        };
    }

    /** Reads a value of {@code type} (a record, or a sealed interface whose permitted records are named). */
    static Object read(JsonNode json, Type type, String where) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (!json.isArray()) {
                throw new IllegalArgumentException(where + ": expected a list, got " + json);
            }
            List<Object> list = new ArrayList<>();
            for (JsonNode item : json) {
                list.add(read(item, p.getActualTypeArguments()[0], where));
            }
            return list;
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == Integer.class) {
            return number(json, where).intValue();
        } else if (c == long.class || c == Long.class) {
            return number(json, where).longValue();
        } else if (c == double.class || c == Double.class) {
            return number(json, where).doubleValue();
        } else if (c == boolean.class || c == Boolean.class) {
            if (!json.isBoolean()) {
                throw new IllegalArgumentException(where + ": expected true or false, got " + json);
            }
            return json.booleanValue();
        } else if (c == String.class) {
            if (!json.isTextual()) {
                throw new IllegalArgumentException(where + ": expected a text, got " + json);
            }
            return json.textValue();
        } else if (c.isEnum()) {
            return enumConstant(c, json, where);
        }
        return readRecord(json, c, where);
    }

    private static Number number(JsonNode json, String where) {
        if (!json.isNumber()) {
            throw new IllegalArgumentException(where + ": expected a number, got " + json);
        }
        return json.numberValue();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object enumConstant(Class<?> c, JsonNode json, String where) {
        try {
            return Enum.valueOf((Class<? extends Enum>) c, json.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": '" + json.asText() + "' is not one of "
                    + Arrays.toString(c.getEnumConstants()));
        }
    }

    private static Object readRecord(JsonNode json, Class<?> declared, String where) {
        if (!json.isObject()) {
            throw new IllegalArgumentException(where + ": expected an object, got " + json);
        }
        Class<?> c = declared;
        if (declared.isSealed()) {
            String name = json.path(TYPE).asText();
            c = Arrays.stream(declared.getPermittedSubclasses()).filter(s -> s.getSimpleName().equals(name))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(where + ": unknown "
                            + declared.getSimpleName() + " type '" + name + "'"));
        }
        if (!c.isRecord()) {
            throw new IllegalArgumentException(where + ": cannot read a " + c.getName());
        }
        RecordComponent[] components = c.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            JsonNode value = json.get(rc.getName());
            if (value == null) {
                throw new IllegalArgumentException(where + ": " + c.getSimpleName() + " lacks '" + rc.getName() + "'");
            }
            args[i] = read(value, rc.getGenericType(), where + "." + rc.getName());
            types[i] = rc.getType();
        }
        try {
            Constructor<?> constructor = c.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(where + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + c.getName() + ": " + e, e);
        }
    }

    private RecordJson() {
    }
}
