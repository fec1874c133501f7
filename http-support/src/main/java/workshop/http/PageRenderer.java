package workshop.http;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;

/**
 * Renders a page: an app's JTE template, precompiled by its Maven plugin, inside the frame every page
 * shares ({@code frame.jte}: the app's name, the style sheet, the links). JTE escapes each value it
 * writes for where it writes it (text or attribute); nothing here writes a value unescaped.
 */
final class PageRenderer implements FileRenderer {

    private static final String FRAME = "workshop/http/frame.jte";

    private final String appName;
    private final TemplateEngine templates;

    PageRenderer(String appName) {
        this.appName = appName;
        // the precompiled templates, the app's and this module's, found through the thread's context class loader
        this.templates = TemplateEngine.createPrecompiled(ContentType.Html);
    }

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        return render(template, model);
    }

    String render(String template, Map<String, ?> model) {
        @SuppressWarnings("unchecked") // JTE takes Map<String, Object>; it only reads the map
        Map<String, Object> params = (Map<String, Object>) model;
        StringOutput page = new StringOutput();
        templates.render(template, params, page);
        // The page is already HTML, escaped by its template: the frame writes it as it is.
        Content body = output -> output.writeContent(page.toString());
        StringOutput framed = new StringOutput();
        templates.render(FRAME, Map.of("app", appName, "page", body), framed);
        return framed.toString();
    }
}
