package org.partneracademy.assessment;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;

/**
 * A learner's answer to one question, as stored (JSON) and as sent: the chosen option ids (choice,
 * true/false), the matched pairs (option id → match text), the order given (option ids), or text (short
 * answer, essay, practical). Only the part that fits the question's kind is used.
 */
public record Answer(List<Long> optionIds, Map<String, String> pairs, List<Long> order, String text) {

    public String toJson() {
        return Json.JSONB.toJson(this);
    }

    public static Answer fromJson(String json) {
        return json == null ? null : Json.JSONB.fromJson(json, Answer.class);
    }

    /** Created on first use only, so answers can be built where no JSON-B provider is present. */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}
