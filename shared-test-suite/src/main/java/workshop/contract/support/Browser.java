package workshop.contract.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.StringWebResponse;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;

/**
 * A browser on the app's pages, as a person uses them: HtmlUnit, in plain Java, with JavaScript turned
 * off (every page must work without it). It follows redirects, and shows error pages rather than throw.
 * A test asks for one as a parameter of its method, and gets a new one, closed once the test has run.
 */
public final class Browser implements AutoCloseable {

    private final WebClient client = new WebClient(BrowserVersion.FIREFOX);
    private final String baseUrl;

    Browser(Api api) {
        this.baseUrl = api.baseUrl();
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setPrintContentOnFailingStatusCode(false);
    }

    public HtmlPage open(String path) {
        try {
            return asHtml(client.getPage(baseUrl + path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page that another site serves, with this HTML in it, as if the browser had gone there. */
    public HtmlPage openElsewhere(String html) {
        try {
            StringWebResponse page = new StringWebResponse(html, new URL("http://attacker.example/page.html"));
            return asHtml(client.loadWebResponseInto(page, client.getCurrentWindow()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types into a form's fields (name, then value, pairs) and presses its button; the page it leads to. */
    public static HtmlPage submit(HtmlForm form, String... fieldsAndValues) {
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            form.getInputByName(fieldsAndValues[i]).setValue(fieldsAndValues[i + 1]);
        }
        return press(form);
    }

    /** Presses the form's one button. */
    public static HtmlPage press(HtmlForm form) {
        DomElement button = form.getFirstByXPath(".//button");
        assertThat(button).as("a button in the form to %s", form.getActionAttribute()).isNotNull();
        try {
            return asHtml(button.click());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows a link, as a click on it does. */
    public static HtmlPage follow(HtmlAnchor link) {
        assertThat(link).as("a link").isNotNull();
        try {
            return asHtml(link.click());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form that posts to this path. */
    public static HtmlForm form(HtmlPage page, String action) {
        return page.getForms().stream().filter(form -> form.getActionAttribute().equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no form posts to " + action + " on " + describe(page)));
    }

    public static int status(HtmlPage page) {
        return page.getWebResponse().getStatusCode();
    }

    public static String path(HtmlPage page) {
        return page.getUrl().getPath();
    }

    /** What is shown in the element, as a person reads it; null when there is none. */
    public static String text(HtmlPage page, String xpath) {
        DomElement element = page.getFirstByXPath(xpath);
        return element == null ? null : element.getVisibleText();
    }

    /** What the page's field holds: each page has one form with fields. */
    public static String typed(HtmlPage page, String field) {
        return page.<HtmlInput>getFirstByXPath("//input[@name='" + field + "']").getValue();
    }

    public static String describe(HtmlPage page) {
        return page.getUrl() + " (" + status(page) + "):\n" + page.getWebResponse().getContentAsString();
    }

    private static HtmlPage asHtml(Page page) {
        assertThat(page).as("a page of HTML: %s", page.getWebResponse().getContentAsString()).isInstanceOf(HtmlPage.class);
        return (HtmlPage) page;
    }

    @Override
    public void close() {
        client.close();
    }
}
