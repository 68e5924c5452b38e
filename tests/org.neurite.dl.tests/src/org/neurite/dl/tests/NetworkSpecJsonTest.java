package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.NetworkSpecJson;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.settings.NoSettings;

class NetworkSpecJsonTest {

    private static NetworkSpec branching() throws Exception {
        TableSpec table = TableSpec.of(-1, ColumnSpec.sequence("s", ColumnSpec.VARIES, 3), ColumnSpec.doubles("a"),
                ColumnSpec.doubles("b"));
        NetworkSpec s = Layers.input("input1", table, "s");
        NetworkSpec l1 = Layers.configure(Layers.LSTM, "lstm1", s, "units=4", "output=FULL_SEQUENCE",
                "gateActivation=HARD_SIGMOID");
        NetworkSpec l2 = Layers.configure(Layers.LSTM, "lstm2", l1, "units=4");
        NetworkSpec numbers = Layers.configure(Layers.DENSE, "dense1", Layers.input("input2", table, "a,b"),
                "units=4", "l2=0.001", "bias=false");
        NetworkSpec sum = Layers.configure(Layers.ADD, "add1", new NoSettings(), l2, numbers, null, null);
        NetworkSpec drop = Layers.configure(Layers.DROPOUT, "drop1", sum, "rate=0.25");
        return Layers.configure(Layers.OUTPUT, "out1", drop, "objective=BINARY", "units=1");
    }

    @Test
    void roundTrips() throws Exception {
        for (NetworkSpec network : List.of(Layers.lenet(), Layers.lenetBody(), branching())) {
            ObjectNode json = NetworkSpecJson.toJson(network);
            assertEquals(network, NetworkSpecJson.fromJson(json));
            assertEquals(network.details(), NetworkSpecJson.fromJson(json).details());
        }
        assertEquals("Convolution2D", NetworkSpecJson.toJson(Layers.lenet()).path("layers").path(1).path("kind")
                .asText());
    }

    @Test
    void aFileThatDoesNotAddUpIsRefused() throws Exception {
        ObjectNode json = NetworkSpecJson.toJson(Layers.lenet());
        ((ObjectNode) json.path("layers").path(1).path("settings")).put("filters", 21);
        assertEquals("Convolution 2D 'conv1' is recorded as [?, 24, 24, 20] with 520 params, but its inputs give"
                + " [?, 24, 24, 21] with 546 params", assertThrows(InvalidConfigurationException.class,
                        () -> NetworkSpecJson.fromJson(json)).getMessage());
        ObjectNode unknown = NetworkSpecJson.toJson(Layers.lenet());
        ((ObjectNode) unknown.path("layers").path(2)).put("kind", "AveragePooling2D");
        assertEquals("layer 'pool1' is of unknown kind 'AveragePooling2D'", assertThrows(
                InvalidConfigurationException.class, () -> NetworkSpecJson.fromJson(unknown)).getMessage());
        ObjectNode future = NetworkSpecJson.toJson(Layers.lenet()).put("version", 2);
        assertEquals("network description version 2 is not supported; this Neurite reads version 1", assertThrows(
                InvalidConfigurationException.class, () -> NetworkSpecJson.fromJson(future)).getMessage());
    }
}
