package workshop.contract.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.css.ComputedCssStyleDeclaration;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, about the pages: "Each page reads whole from 640 px wide (two browsers side by side on a
 * projector) to 1280 px: it does not scroll sideways, and no timestamp breaks inside itself; below 1200 px the
 * list shows each user as a card."
 * <p>
 * HtmlUnit lays nothing out, so no test here can see a scroll bar; but it applies the style sheet, media queries
 * included, to a window of a given width, and so can say which rules the pages get: those the layout relies on.
 */
@Contract
@DisplayName("Narrow screens: the pages read whole 640 px wide (two browsers side by side on a projector) and"
        + " 1280 px wide; no timestamp breaks at its hyphens, and below 1200 px the list's rows are cards")
class NarrowScreenTest {

    private static final String CREATED = "//tbody/tr/td[count(//thead//th[.='created']/preceding-sibling::th) + 1]";

    private final Api api;
    private final WebClient client = new WebClient(BrowserVersion.FIREFOX);

    NarrowScreenTest(Api api) {
        this.api = api;
        client.getOptions().setJavaScriptEnabled(false); // the style sheet is on, unlike in Browser
    }

    @AfterEach
    void closeTheBrowser() {
        client.close();
    }

    @Test
    @DisplayName("each page tells a narrow browser to use its own width: viewport width=device-width, initial-scale=1")
    void declaresTheViewport() {
        User user = Users.create(api);
        for (String path : List.of("/ui/users", "/ui" + user.path())) {
            DomElement viewport = open(path, 640).getFirstByXPath("//head/meta[@name='viewport']");
            assertThat(viewport).as("<meta name=viewport> on %s", path).isNotNull();
            assertThat(viewport.getAttribute("content")).isEqualTo("width=device-width, initial-scale=1");
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {640, 1280})
    @DisplayName("the created timestamp, in the list and on the user's page, is kept on one line (white-space: nowrap)")
    void keepsTimestampsWhole(int width) {
        User user = Users.create(api);
        List<DomElement> stamps = new ArrayList<>(open("/ui/users", width).<DomElement>getByXPath(CREATED));
        assertThat(stamps).as("the list's created column").isNotEmpty();
        DomElement onItsPage = open("/ui" + user.path(), width).getFirstByXPath("//dd[preceding-sibling::dt[1]='created']");
        assertThat(onItsPage.getVisibleText()).isEqualTo(user.createdAt());
        stamps.add(onItsPage);

        for (DomElement stamp : stamps) {
            assertThat(style(stamp).getStyleAttribute("white-space"))
                    .as("white-space of %s at %d px", stamp.getVisibleText(), width).isEqualTo("nowrap");
        }
    }

    @Test
    @DisplayName("at 640 px the list's rows are cards (a grid each, no header row, long values wrap); at 1280 px a table")
    void showsTheListAsCardsWhenNarrow() {
        Users.create(api);
        HtmlPage narrow = open("/ui/users", 640);
        assertThat(style(narrow.getFirstByXPath("//thead")).getDisplay()).as("the header row at 640 px").isEqualTo("none");
        assertThat(style(narrow.getFirstByXPath("//tbody/tr")).getDisplay()).as("a row at 640 px").isEqualTo("grid");
        assertThat(style(narrow.getFirstByXPath("//tbody/tr/td[3]")).getStyleAttribute("overflow-wrap"))
                .as("an email longer than the line, at 640 px: it wraps, not widen the page").isEqualTo("anywhere");

        HtmlPage wide = open("/ui/users", 1280);
        assertThat(style(wide.getFirstByXPath("//thead")).getDisplay()).as("the header row at 1280 px")
                .isEqualTo("table-header-group");
        assertThat(style(wide.getFirstByXPath("//tbody/tr")).getDisplay()).as("a row at 1280 px").isEqualTo("table-row");
    }

    private HtmlPage open(String path, int width) {
        client.getCurrentWindow().setInnerWidth(width); // what the style sheet's media queries compare with
        try {
            return client.getPage(api.baseUrl() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The element's computed style, as getComputedStyle in a browser: the style sheet's rules that apply to it. */
    private static ComputedCssStyleDeclaration style(DomElement element) {
        return element.getPage().getEnclosingWindow().getComputedStyle(element, null);
    }
}
