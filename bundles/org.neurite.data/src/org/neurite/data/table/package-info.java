/**
 * The data table port type: {@link org.neurite.data.table.DataTable} (the object),
 * {@link org.neurite.data.table.TableSpec} (its configure-time spec), {@link org.neurite.data.table.DataTable#TYPE}
 * (the port type), the columns ({@link org.neurite.data.table.Column} and its five kinds) and
 * {@link org.neurite.data.table.TableFile} (the on-disk form).
 */
package org.neurite.data.table;
