package no.fellesgrunn.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;

/**
 * The Vaadin Flow 24 client protocol, as a browser speaks it, in Gatling steps. Each step is one
 * page view and is timed as one (see {@link PageTimes}).
 * <ul>
 *   <li>A full page load: the bootstrap page ({@code GET /route}, with the JavaScript bundle and
 *   theme it names, kept in the virtual user's cache as a browser would), then the UI's first
 *   state ({@code GET /?v-r=init&location=route}), which carries the UI's number, Vaadin's
 *   per-UI security key and the first server sync id and client id.</li>
 *   <li>A navigation inside the open UI (a click on a menu link): {@code POST
 *   /?v-r=uidl&v-uiId=N} with the key, the {@code ui-navigate} event on the UI's root node (1),
 *   the last sync id the server sent and the next client id; the answer's ids are kept for the
 *   next message.</li>
 *   <li>Leaving a page (a reload): the unload beacon, so the server frees the old UI at once.</li>
 *   <li>Sign-in: Spring Security's form login with the CSRF token from the page's
 *   {@code <meta name="_csrf">}, as Vaadin's login form posts it.</li>
 * </ul>
 */
final class VaadinPages {
    private static final String SYNC = "\"syncId\"\\s*:\\s*(\\d+)";
    private static final String CLIENT = "\"clientId\"\\s*:\\s*(\\d+)";

    static ChainBuilder signIn(String page) {
        return PageTimes.timed(page, exec(
                http(page + ": sign-in page").get("/login").check(status().is(200),
                        regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")),
                http(page + ": sign-in UI").get("/?v-r=init&location=login&query=").check(status().is(200),
                        substring("Vaadin-Security-Key")),
                http(page + ": post").post("/login").formParam("username", "#{username}")
                        .formParam("password", LoadSeed.PASSWORD).formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").not("/login?error"),
                                header("Location").transform(l -> l.contains("error")).is(false))));
    }

    /**
     * A full page load of {@code route} in a new UI: the bootstrap page, the UI's first state (which
     * in Vaadin 24.9 holds no view yet) and the client's first {@code ui-navigate} to the route,
     * whose answer renders the view.
     */
    static ChainBuilder open(String page, String route, String marker) {
        return PageTimes.timed(page, exec(
                http(page + ": page").get("/" + route).check(status().is(200), substring("<body")),
                http(page + ": UI").get("/?v-r=init&location=" + route + "&query=").check(status().is(200),
                        regex("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").saveAs("key"),
                        regex("\"v-uiId\"\\s*:\\s*(\\d+)").saveAs("uiId"),
                        regex(SYNC).saveAs("syncId"), regex(CLIENT).saveAs("clientId")),
                navigation(page + ": view", route, 0, marker)));
    }

    /** A click on a link to {@code route} in the open UI. */
    static ChainBuilder navigate(String page, String route, String marker) {
        return PageTimes.timed(page, exec(navigation(page, route, 1, marker)));
    }

    /**
     * The answer must be the view: no sign-in form, no error, and {@code marker} (an element id the
     * view renders, in quotes) where one is given.
     */
    private static io.gatling.javaapi.http.HttpRequestActionBuilder navigation(String name, String route, int historyIndex,
                                                                               String marker) {
        String body = "{\"csrfToken\":\"#{key}\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":"
                + historyIndex + "},\"trigger\":\"\"}}],\"syncId\":#{syncId},\"clientId\":#{clientId}}";
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}").body(StringBody(body)).asJson()
                .check(status().is(200), substring("for(;;);"), regex(SYNC).saveAs("syncId"),
                        regex(CLIENT).saveAs("clientId"), notSignedOut(), substring("appError").notExists(),
                        substring("sessionExpired").notExists(),
                        substring(marker == null ? "for(;;);" : "\"" + marker));
    }

    /** The browser leaves the page (reload, close): the unload beacon frees the UI on the server. */
    static ChainBuilder leave() {
        return exec(http("unload beacon").post("/?v-r=uidl&v-uiId=#{uiId}")
                .body(StringBody("{\"csrfToken\":\"#{key}\",\"rpc\":[],\"UNLOAD\":true}")).asJson()
                .check(status().in(200, 204)));
    }

    private static CheckBuilder notSignedOut() {
        return substring("vaadin-login-form").notExists();
    }

    private VaadinPages() {
    }
}
