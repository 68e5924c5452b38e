package org.neurite.engine.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.neurite.engine.port.PortType;
import org.neurite.engine.settings.SettingsSchema;

/**
 * Everything a user and the engine know about a node type before creating one: identity, documentation,
 * ports and settings. Build one with {@link #builder(String)}.
 *
 * @param id          stable type id used in workflow files, e.g. {@code org.neurite.dl.dense}
 * @param name        what a user calls it, e.g. {@code Dense Layer}
 * @param category    node repository path, '/' separated, e.g. {@code Deep Learning/Layers}
 * @param description what it does and how to use it, in plain words (paragraphs separated by blank lines)
 * @param icon        path of a 16x16 PNG inside the factory's bundle, or empty for a default icon
 * @param inputs      input ports in order
 * @param outputs     output ports in order
 * @param settings    the settings schema
 * @param <S>         the settings record
 */
public record NodeDescriptor<S extends Record>(String id, String name, String category, String description,
        String icon, List<PortDescriptor> inputs, List<PortDescriptor> outputs, SettingsSchema<S> settings) {

    public NodeDescriptor {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    public Optional<PortDescriptor> input(String portId) {
        return inputs.stream().filter(p -> p.id().equals(portId)).findFirst();
    }

    public Optional<PortDescriptor> output(String portId) {
        return outputs.stream().filter(p -> p.id().equals(portId)).findFirst();
    }

    public int inputIndex(String portId) {
        return indexOf(inputs, portId);
    }

    public int outputIndex(String portId) {
        return indexOf(outputs, portId);
    }

    private static int indexOf(List<PortDescriptor> ports, String portId) {
        for (int i = 0; i < ports.size(); i++) {
            if (ports.get(i).id().equals(portId)) {
                return i;
            }
        }
        return -1;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link NodeDescriptor}; {@link #settings(Class)} comes last and builds. */
    public static final class Builder {
        private final String id;
        private String name;
        private String category = "";
        private String description = "";
        private String icon = "";
        private final List<PortDescriptor> inputs = new ArrayList<>();
        private final List<PortDescriptor> outputs = new ArrayList<>();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id);
            this.name = id;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder icon(String icon) {
            this.icon = icon;
            return this;
        }

        public Builder input(String portId, String label, PortType type, String description) {
            inputs.add(new PortDescriptor(portId, label, type, description, false));
            return this;
        }

        public Builder optionalInput(String portId, String label, PortType type, String description) {
            inputs.add(new PortDescriptor(portId, label, type, description, true));
            return this;
        }

        public Builder output(String portId, String label, PortType type, String description) {
            outputs.add(new PortDescriptor(portId, label, type, description, false));
            return this;
        }

        public <S extends Record> NodeDescriptor<S> settings(Class<S> settingsType) {
            return new NodeDescriptor<>(id, name, category, description, icon, inputs, outputs,
                    SettingsSchema.of(settingsType));
        }
    }
}
