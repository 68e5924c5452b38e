package org.neurite.engine.settings;

/** The kinds of value a setting can hold. */
public enum SettingType {
    INT, LONG, DOUBLE, BOOLEAN, TEXT, CHOICE, TEXT_LIST
}
