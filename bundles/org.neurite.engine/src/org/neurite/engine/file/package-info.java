/**
 * The {@code *.nflow} workflow file: one pretty-printed JSON document with a format version, read strictly
 * (unknown fields, types and versions are errors with their location) and written atomically.
 */
package org.neurite.engine.file;
