package org.recouvrement.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;

/**
 * The JSON forms the command line prints for the parts every answer shares: explanations, reasons and legal
 * references. Printing is deterministic: two-space indentation, {@code \n} line ends, fields in a fixed order.
 *
 * <p>An explanation is an array of reasons, each {@code {"text": ..., "references": [...]}}; a reference is
 * {@code {"citation": "CPC art. 642", "jurisdiction": "FRANCE"}} with a {@code "link"} where the library has one.
 */
public final class JsonAnswers {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonAnswers() {
    }

    /**
     * Returns a new empty object to fill.
     *
     * @return the object
     */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Returns an explanation as an array of reasons.
     *
     * @param explanation the explanation
     * @return the array
     */
    public static ArrayNode explanation(Explanation explanation) {
        ArrayNode reasons = JsonNodeFactory.instance.arrayNode();
        for (Reason reason : explanation.reasons()) {
            reasons.add(reason(reason));
        }
        return reasons;
    }

    /**
     * Returns one reason: its text and its references.
     *
     * @param reason the reason
     * @return the object
     */
    public static ObjectNode reason(Reason reason) {
        ObjectNode json = object();
        json.put("text", reason.text());
        json.set("references", references(reason.references()));
        return json;
    }

    /**
     * Returns legal references as an array.
     *
     * @param references the references
     * @return the array
     */
    public static ArrayNode references(List<LegalReference> references) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (LegalReference reference : references) {
            array.add(reference(reference));
        }
        return array;
    }

    /**
     * Returns one legal reference: its citation, its jurisdiction and its link if known.
     *
     * @param reference the reference
     * @return the object
     */
    public static ObjectNode reference(LegalReference reference) {
        ObjectNode json = object();
        json.put("citation", reference.display());
        json.put("jurisdiction", reference.jurisdiction().name());
        reference.link().ifPresent(link -> json.put("link", link));
        return json;
    }

    /**
     * Prints a JSON value, pretty-printed, ending with a line end.
     *
     * @param json the value
     * @return the text
     */
    public static String print(JsonNode json) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
