package org.neurite.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.engine.settings.SettingField;
import org.neurite.engine.settings.SettingType;
import org.neurite.engine.settings.SettingsException;
import org.neurite.engine.settings.SettingsSchema;
import org.neurite.engine.tests.nodes.ConstantNode;
import org.neurite.engine.tests.nodes.ConstantNode.Kind;
import org.neurite.engine.tests.nodes.ConstantNode.Settings;

import com.fasterxml.jackson.databind.ObjectMapper;

class SettingsSchemaTest {

    private final SettingsSchema<Settings> schema = SettingsSchema.of(Settings.class);

    @Test
    void theSchemaListsFieldsInDeclarationOrderWithTheirDeclarations() {
        assertEquals(List.of("value", "repeat", "kind", "tags", "note"),
                schema.fields().stream().map(SettingField::name).toList());
        SettingField repeat = schema.field("repeat").orElseThrow();
        assertEquals(SettingType.INT, repeat.type());
        assertEquals("Repeat", repeat.label());
        assertEquals(1, repeat.min());
        assertEquals(10, repeat.max());
        assertEquals(List.of(Kind.PLAIN, Kind.NEGATED), schema.field("kind").orElseThrow().choices());
    }

    @Test
    void defaultsComeFromTheDeclarations() {
        assertEquals(new Settings(1.0, 1, Kind.PLAIN, List.of("a", "b"), ""), schema.defaults());
    }

    @Test
    void jsonRoundTripsAndAbsentFieldsTakeDefaults() throws Exception {
        Settings s = new Settings(2.5, 3, Kind.NEGATED, List.of("x"), "hi");
        assertEquals(s, schema.fromJson(schema.toJson(s), "settings"));
        Settings partial = schema.fromJson(new ObjectMapper().readTree("{\"repeat\": 4}"), "settings");
        assertEquals(new Settings(1.0, 4, Kind.PLAIN, List.of("a", "b"), ""), partial);
    }

    @Test
    void unknownAndMistypedJsonFieldsAreErrorsNamingThem() throws Exception {
        ObjectMapper json = new ObjectMapper();
        SettingsException unknown = assertThrows(SettingsException.class,
                () -> schema.fromJson(json.readTree("{\"repeats\": 4}"), "nodes[0].settings"));
        assertEquals("nodes[0].settings.repeats: unknown setting 'repeats'; valid settings: value, repeat, kind, tags, note",
                unknown.getMessage());
        SettingsException mistyped = assertThrows(SettingsException.class,
                () -> schema.fromJson(json.readTree("{\"repeat\": \"four\"}"), "nodes[0].settings"));
        assertEquals("nodes[0].settings.repeat: setting 'repeat' (Repeat) expects a whole number between 1 and 10, got \"four\"",
                mistyped.getMessage());
    }

    @Test
    void validationNamesTheNodeAndTheField() {
        Settings bad = new Settings(1, 0, Kind.PLAIN, List.of(), "");
        SettingsException e = assertThrows(SettingsException.class, () -> schema.validate(bad, "Constant 'c1'"));
        assertEquals("Constant 'c1': setting 'repeat' (Repeat) must be between 1 and 10, got 0", e.getMessage());
    }

    @Test
    void textOverridesAreTypedAndCheckedLikeDashDashSet() throws Exception {
        Settings s = schema.defaults();
        assertEquals(7, schema.withText(s, "repeat", "7").repeat());
        assertEquals(Kind.NEGATED, schema.withText(s, "kind", "negated").kind());
        assertEquals(List.of("p", "q"), schema.withText(s, "tags", "p, q").tags());
        assertEquals("setting 'repeat' (Repeat) must be between 1 and 10, got 11",
                assertThrows(SettingsException.class, () -> schema.withText(s, "repeat", "11")).getMessage());
        assertEquals("setting 'kind' (Kind) has no choice 'odd'; valid choices: PLAIN, NEGATED",
                assertThrows(SettingsException.class, () -> schema.withText(s, "kind", "odd")).getMessage());
        assertEquals("unknown setting 'size'; valid settings: value, repeat, kind, tags, note",
                assertThrows(SettingsException.class, () -> schema.withText(s, "size", "1")).getMessage());
        assertTrue(assertThrows(SettingsException.class, () -> schema.withText(s, "value", "abc")).getMessage()
                .contains("expects a number"));
    }

    @Test
    void keyValueAssignmentsApplyInOrder() throws Exception {
        Settings s = schema.withTexts(schema.defaults(), "repeat=3", "kind=negated", "repeat=4");
        assertEquals(4, s.repeat(), "a later assignment wins");
        assertEquals(Kind.NEGATED, s.kind());
        assertEquals("'repeat' is not key=value",
                assertThrows(SettingsException.class, () -> schema.withTexts(s, "repeat")).getMessage());
    }

    @Test
    void aSettingsRecordWithoutAnnotationsIsRejectedAtOnce() {
        record Bare(int x) {
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SettingsSchema.of(Bare.class));
        assertTrue(e.getMessage().contains("has no @Setting annotation"), e.getMessage());
    }

    @Test
    void nodeDescriptorsCarryTheSchemaOfTheirSettings() {
        assertEquals(Settings.class, new ConstantNode().descriptor().settings().type());
    }
}
