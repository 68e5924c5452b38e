/**
 * Port types and the specs and objects that travel over connections. The engine knows no concrete
 * port type; bundles that own a kind of data (tables, networks, schedules, models) declare theirs.
 */
package org.neurite.engine.port;
