package workshop.contract.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the document says of every schema and operation, which the validator would not notice missing. */
@Tag("unit")
class OpenApiDocumentTest {

    @Test
    void closesEveryObjectItDescribes() {
        List<String> open = new ArrayList<>();
        OpenApiDocument.MODEL.getComponents().getSchemas()
                .forEach((name, schema) -> collectOpen("#/components/schemas/" + name, schema, open));

        // The validator would reject unknown members anyway; readers and other tools need to be told.
        assertThat(open).as("object schemas without additionalProperties: false").isEmpty();
    }

    @Test
    void listsA500ForEveryOperation() {
        List<String> without500 = new ArrayList<>();
        OpenApiDocument.MODEL.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (!operation.getResponses().containsKey("500")) {
                without500.add(method + " " + path);
            }
        }));

        assertThat(without500).as("operations without a 500 internal_error").isEmpty();
    }

    private static void collectOpen(String where, Schema<?> schema, List<String> open) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            if (!Boolean.FALSE.equals(schema.getAdditionalProperties())) {
                open.add(where);
            }
            schema.getProperties().forEach((name, property) -> collectOpen(where + "/properties/" + name, property, open));
        }
        collectOpen(where + "/items", schema.getItems(), open);
        if (schema.getOneOf() != null) {
            schema.getOneOf().forEach(choice -> collectOpen(where + "/oneOf", choice, open));
        }
    }
}
