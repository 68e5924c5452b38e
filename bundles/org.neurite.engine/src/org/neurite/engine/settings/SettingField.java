package org.neurite.engine.settings;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * One setting of a node, read from a record component and its {@link Setting} annotation: its name, what a
 * user sees, its default, bounds and choices, and how its value converts to and from JSON and text.
 */
public final class SettingField {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String name;
    private final Setting declaration;
    private final SettingType type;
    private final Class<?> javaType;
    private final Method accessor;
    private final Object defaultValue;

    SettingField(RecordComponent component) {
        this.name = component.getName();
        this.declaration = component.getAnnotation(Setting.class);
        if (declaration == null) {
            throw new IllegalArgumentException("Settings component '" + name + "' of "
                    + component.getDeclaringRecord().getName() + " has no @Setting annotation");
        }
        this.javaType = component.getType();
        this.type = typeOf(component);
        this.accessor = component.getAccessor();
        this.accessor.setAccessible(true);
        try {
            this.defaultValue = parse(declaration.defaultValue());
        } catch (SettingsException e) {
            throw new IllegalArgumentException("Bad default of setting '" + name + "' in "
                    + component.getDeclaringRecord().getName() + ": " + e.getMessage(), e);
        }
    }

    private static SettingType typeOf(RecordComponent component) {
        Class<?> t = component.getType();
        if (t == int.class) {
            return SettingType.INT;
        } else if (t == long.class) {
            return SettingType.LONG;
        } else if (t == double.class) {
            return SettingType.DOUBLE;
        } else if (t == boolean.class) {
            return SettingType.BOOLEAN;
        } else if (t == String.class) {
            return SettingType.TEXT;
        } else if (t.isEnum()) {
            return SettingType.CHOICE;
        } else if (t == List.class && component.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class) {
            return SettingType.TEXT_LIST;
        }
        throw new IllegalArgumentException("Setting '" + component.getName() + "' of "
                + component.getDeclaringRecord().getName() + " has unsupported type " + component.getGenericType());
    }

    public String name() {
        return name;
    }

    public String label() {
        return declaration.label();
    }

    public String description() {
        return declaration.description();
    }

    public String section() {
        return declaration.section();
    }

    public SettingType type() {
        return type;
    }

    public Class<?> javaType() {
        return javaType;
    }

    public Object defaultValue() {
        return defaultValue;
    }

    public double min() {
        return declaration.min();
    }

    public double max() {
        return declaration.max();
    }

    public boolean hasMin() {
        return declaration.min() != Double.NEGATIVE_INFINITY;
    }

    public boolean hasMax() {
        return declaration.max() != Double.POSITIVE_INFINITY;
    }

    public boolean optional() {
        return declaration.optional();
    }

    /** The enum constants of a choice setting, in declaration order; empty for other types. */
    public List<Enum<?>> choices() {
        if (type != SettingType.CHOICE) {
            return List.of();
        }
        return Arrays.asList((Enum<?>[]) javaType.getEnumConstants());
    }

    /** What a user reads for a choice constant: its {@link Choice#label()} or its name. */
    public static String choiceLabel(Enum<?> constant) {
        return constant instanceof Choice c ? c.label() : constant.name();
    }

    /** The value of this setting in {@code settings}. */
    public Object get(Record settings) {
        try {
            return accessor.invoke(settings);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read setting " + name, e);
        }
    }

    /** Converts text as typed on a command line or in a default ({@code 64}, {@code RELU}, {@code a,b}). */
    public Object parse(String text) throws SettingsException {
        String t = text.trim();
        try {
            return switch (type) {
                case INT -> t.isEmpty() ? 0 : Integer.parseInt(t);
                case LONG -> t.isEmpty() ? 0L : Long.parseLong(t);
                case DOUBLE -> t.isEmpty() ? 0.0 : Double.parseDouble(t);
                case BOOLEAN -> parseBoolean(t);
                case TEXT -> text;
                case CHOICE -> t.isEmpty() ? choices().get(0) : parseChoice(t);
                case TEXT_LIST -> t.isEmpty() ? List.of()
                        : Arrays.stream(t.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            };
        } catch (NumberFormatException e) {
            throw new SettingsException(describe() + " expects " + expected() + ", got '" + text + "'");
        }
    }

    private boolean parseBoolean(String t) throws SettingsException {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "", "false", "no", "off" -> false;
            case "true", "yes", "on" -> true;
            default -> throw new SettingsException(describe() + " expects true or false, got '" + t + "'");
        };
    }

    private Enum<?> parseChoice(String t) throws SettingsException {
        for (Enum<?> c : choices()) {
            if (c.name().equalsIgnoreCase(t) || choiceLabel(c).equalsIgnoreCase(t)) {
                return c;
            }
        }
        throw new SettingsException(describe() + " has no choice '" + t + "'; valid choices: " + choiceNames());
    }

    /** The value as text, such that {@link #parse(String)} gives it back. */
    public String format(Object value) {
        return switch (type) {
            case CHOICE -> ((Enum<?>) value).name();
            case TEXT_LIST -> String.join(",", castList(value));
            default -> String.valueOf(value);
        };
    }

    /** The value as JSON for the workflow file. */
    public JsonNode toJson(Object value) {
        return switch (type) {
            case INT -> JSON.numberNode((Integer) value);
            case LONG -> JSON.numberNode((Long) value);
            case DOUBLE -> JSON.numberNode((Double) value);
            case BOOLEAN -> JSON.booleanNode((Boolean) value);
            case TEXT -> JSON.textNode((String) value);
            case CHOICE -> JSON.textNode(((Enum<?>) value).name());
            case TEXT_LIST -> {
                ArrayNode array = JSON.arrayNode();
                castList(value).forEach(array::add);
                yield array;
            }
        };
    }

    /** Reads the value from the workflow file's JSON; {@code where} locates it in error messages. */
    public Object fromJson(JsonNode json, String where) throws SettingsException {
        boolean ok = switch (type) {
            case INT -> json.canConvertToInt() && json.isIntegralNumber();
            case LONG -> json.canConvertToLong() && json.isIntegralNumber();
            case DOUBLE -> json.isNumber();
            case BOOLEAN -> json.isBoolean();
            case TEXT, CHOICE -> json.isTextual();
            case TEXT_LIST -> json.isArray();
        };
        if (!ok) {
            throw new SettingsException(where + ": " + describe() + " expects " + expected() + ", got " + json);
        }
        return switch (type) {
            case INT -> json.intValue();
            case LONG -> json.longValue();
            case DOUBLE -> json.doubleValue();
            case BOOLEAN -> json.booleanValue();
            case TEXT -> json.textValue();
            case CHOICE -> {
                try {
                    yield parseChoice(json.textValue());
                } catch (SettingsException e) {
                    throw new SettingsException(where + ": " + e.getMessage());
                }
            }
            case TEXT_LIST -> {
                List<String> values = new ArrayList<>();
                for (JsonNode element : json) {
                    if (!element.isTextual()) {
                        throw new SettingsException(where + ": " + describe() + " expects a list of texts, got " + json);
                    }
                    values.add(element.textValue());
                }
                yield List.copyOf(values);
            }
        };
    }

    /** Why {@code value} is not allowed, or empty when it is. */
    public Optional<String> violation(Object value) {
        if (value == null) {
            return Optional.of(describe() + " has no value");
        }
        switch (type) {
            case INT, LONG, DOUBLE -> {
                double v = ((Number) value).doubleValue();
                if (Double.isNaN(v) || v < min() || v > max()) {
                    return Optional.of(describe() + " must be " + range() + ", got " + format(value));
                }
            }
            case TEXT -> {
                if (!optional() && ((String) value).isBlank()) {
                    return Optional.of(describe() + " must not be empty");
                }
            }
            case TEXT_LIST -> {
                if (!optional() && castList(value).isEmpty()) {
                    return Optional.of(describe() + " must name at least one value");
                }
            }
            default -> {
            }
        }
        return Optional.empty();
    }

    /** {@code 'units' (Units)}: how messages name this setting. */
    public String describe() {
        return "setting '" + name + "' (" + label() + ")";
    }

    /** What values are allowed, in words: {@code between 1 and 4096}, {@code one of RELU, TANH}. */
    public String expected() {
        return switch (type) {
            case INT, LONG -> ("a whole number " + range()).trim();
            case DOUBLE -> ("a number " + range()).trim();
            case BOOLEAN -> "true or false";
            case TEXT -> optional() ? "a text" : "a non-empty text";
            case CHOICE -> "one of " + choiceNames();
            case TEXT_LIST -> "a comma-separated list";
        };
    }

    private String range() {
        if (hasMin() && hasMax()) {
            return "between " + bound(min()) + " and " + bound(max());
        } else if (hasMin()) {
            return "at least " + bound(min());
        } else if (hasMax()) {
            return "at most " + bound(max());
        }
        return "";
    }

    private String bound(double b) {
        return (type != SettingType.DOUBLE && b == Math.rint(b)) ? String.valueOf((long) b) : String.valueOf(b);
    }

    private String choiceNames() {
        return String.join(", ", choices().stream().map(Enum::name).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }
}
