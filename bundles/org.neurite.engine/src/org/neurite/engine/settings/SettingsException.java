package org.neurite.engine.settings;

/** A setting value that is missing, malformed or out of range. The message names the setting and the problem. */
public class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
