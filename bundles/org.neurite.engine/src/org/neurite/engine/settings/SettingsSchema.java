package org.neurite.engine.settings;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The schema of one settings record: its fields in declaration order, and everything derived from them
 * (defaults, JSON, validation, text overrides). Obtain one with {@link #of(Class)}.
 *
 * @param <S> the settings record
 */
public final class SettingsSchema<S extends Record> {

    private static final ClassValue<SettingsSchema<?>> CACHE = new ClassValue<>() {
        @Override
        @SuppressWarnings({ "unchecked", "rawtypes" })
        protected SettingsSchema<?> computeValue(Class<?> type) {
            return new SettingsSchema(type);
        }
    };

    private final Class<S> type;
    private final Map<String, SettingField> fields = new LinkedHashMap<>();
    private final Constructor<S> constructor;
    private final S defaults;

    private SettingsSchema(Class<S> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        for (RecordComponent component : components) {
            fields.put(component.getName(), new SettingField(component));
        }
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("No canonical constructor in " + type.getName(), e);
        }
        this.defaults = create(fields.values().stream().map(SettingField::defaultValue).toArray());
    }

    /** The schema of a settings record type; cached per type. */
    @SuppressWarnings("unchecked")
    public static <S extends Record> SettingsSchema<S> of(Class<S> type) {
        return (SettingsSchema<S>) CACHE.get(type);
    }

    public Class<S> type() {
        return type;
    }

    /** The settings in declaration order. */
    public List<SettingField> fields() {
        return List.copyOf(fields.values());
    }

    public Optional<SettingField> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** Settings with every field at its declared default. */
    public S defaults() {
        return defaults;
    }

    /** Why {@code settings} are not allowed, one message per offending field; empty when all are valid. */
    public List<String> violations(S settings) {
        List<String> problems = new ArrayList<>();
        for (SettingField field : fields.values()) {
            field.violation(field.get(settings)).ifPresent(problems::add);
        }
        return problems;
    }

    /** Throws with all violations joined, each prefixed by {@code subject} (e.g. the node). */
    public void validate(S settings, String subject) throws SettingsException {
        List<String> problems = violations(settings);
        if (!problems.isEmpty()) {
            throw new SettingsException(subject + ": " + String.join("; ", problems));
        }
    }

    /** A copy of {@code settings} with one field replaced by a typed value. */
    public S with(S settings, String name, Object value) throws SettingsException {
        SettingField target = require(name);
        Object[] values = new Object[fields.size()];
        int i = 0;
        for (SettingField field : fields.values()) {
            values[i++] = field == target ? value : field.get(settings);
        }
        return create(values);
    }

    /** A copy of {@code settings} with one field set from text, as in {@code --set key=value}. */
    public S withText(S settings, String name, String text) throws SettingsException {
        SettingField field = require(name);
        Object value = field.parse(text);
        Optional<String> problem = field.violation(value);
        if (problem.isPresent()) {
            throw new SettingsException(problem.get());
        }
        return with(settings, name, value);
    }

    /** A copy of {@code settings} with {@code key=value} assignments applied in order, as on a command line. */
    public S withTexts(S settings, String... assignments) throws SettingsException {
        S s = settings;
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq < 0) {
                throw new SettingsException("'" + a + "' is not key=value");
            }
            s = withText(s, a.substring(0, eq), a.substring(eq + 1));
        }
        return s;
    }

    private SettingField require(String name) throws SettingsException {
        SettingField field = fields.get(name);
        if (field == null) {
            throw new SettingsException("unknown setting '" + name + "'; valid settings: " + validNames());
        }
        return field;
    }

    private String validNames() {
        return fields.isEmpty() ? "(none)" : String.join(", ", fields.keySet());
    }

    /** The settings as a JSON object, fields in declaration order. */
    public ObjectNode toJson(S settings) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        for (SettingField field : fields.values()) {
            json.set(field.name(), field.toJson(field.get(settings)));
        }
        return json;
    }

    /**
     * Reads settings from JSON. Absent fields take their defaults (files from older versions stay readable);
     * unknown fields are an error, never dropped silently. {@code where} locates the object in messages.
     */
    public S fromJson(JsonNode json, String where) throws SettingsException {
        if (json == null || json.isNull()) {
            return defaults;
        }
        if (!json.isObject()) {
            throw new SettingsException(where + ": settings must be a JSON object, got " + json);
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!fields.containsKey(name)) {
                throw new SettingsException(where + "." + name + ": unknown setting '" + name + "'; valid settings: "
                        + validNames());
            }
        }
        Object[] values = new Object[fields.size()];
        int i = 0;
        for (SettingField field : fields.values()) {
            JsonNode value = json.get(field.name());
            values[i++] = value == null ? field.defaultValue() : field.fromJson(value, where + "." + field.name());
        }
        return create(values);
    }

    private S create(Object[] values) {
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("Settings " + type.getSimpleName() + " rejected values: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }
}
