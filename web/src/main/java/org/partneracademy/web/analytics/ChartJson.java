package org.partneracademy.web.analytics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart}, whose value is the configuration as JSON. Built with
 * JSON-P, which the platform provides, rather than a chart model library in the WAR: three bar charts
 * need a handful of keys, and JSON-P escapes every label (partner and course names are user data).
 */
final class ChartJson {

    /** Colours with at least 3:1 contrast against the white page, as non-text graphics need. */
    static final String BLUE = "#1d4ed8";
    static final String GREEN = "#15803d";

    private ChartJson() {
    }

    record Series(String label, String colour, List<? extends Number> values) {
    }

    static String bar(String title, List<String> labels, boolean horizontal, Integer max, Series... series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            s.values().forEach(value -> values.add(value.doubleValue()));
            datasets.add(Json.createObjectBuilder()
                    .add("label", s.label())
                    .add("backgroundColor", s.colour())
                    .add("borderColor", s.colour())
                    .add("data", values));
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true);
        if (max != null) {
            valueAxis.add("max", max);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", horizontal ? "y" : "x")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", title)))
                        .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis)))
                .build().toString();
    }
}
