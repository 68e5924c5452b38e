/**
 * Declarative, typed node settings: a node's settings are one record whose components carry
 * {@link org.neurite.engine.settings.Setting}. {@link org.neurite.engine.settings.SettingsSchema} derives
 * JSON, defaults, validation and text overrides from it, so no node writes save/load code.
 */
package org.neurite.engine.settings;
