package org.neurite.data.node;

import java.util.ArrayList;
import java.util.List;

import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.TableSpec;
import org.neurite.engine.node.InvalidConfigurationException;

/**
 * Resolves a list-of-columns setting: each entry is a column name or a range {@code first..last} (inclusive, in the
 * table's order), e.g. {@code pixel0..pixel63}.
 */
public final class ColumnSelection {

    public static List<ColumnSpec> resolve(TableSpec in, List<String> entries, String role, ColumnType... allowed)
            throws InvalidConfigurationException {
        List<ColumnSpec> out = new ArrayList<>();
        for (String entry : entries) {
            int dots = entry.indexOf("..");
            if (dots > 0 && in.indexOf(entry) < 0) {
                String first = entry.substring(0, dots).trim();
                String last = entry.substring(dots + 2).trim();
                int from = in.indexOf(in.require(first, role).name());
                int to = in.indexOf(in.require(last, role).name());
                if (to < from) {
                    throw new InvalidConfigurationException(role + ": in range '" + entry + "', column '" + last
                            + "' comes before '" + first + "'");
                }
                for (int i = from; i <= to; i++) {
                    out.add(in.require(in.columns().get(i).name(), role, allowed));
                }
            } else {
                out.add(in.require(entry.trim(), role, allowed));
            }
        }
        List<String> seen = new ArrayList<>();
        for (ColumnSpec c : out) {
            if (seen.contains(c.name())) {
                throw new InvalidConfigurationException(role + " names column '" + c.name() + "' twice");
            }
            seen.add(c.name());
        }
        return out;
    }

    private ColumnSelection() {
    }
}
