package org.partneracademy.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser session without the browser: signs in through the login form once (so the password
 * hash is paid once, as for a person), then fetches pages and calls the REST API with the session cookie.
 */
final class SignedInClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;

    private SignedInClient(String baseUrl, HttpClient http) {
        this.baseUrl = baseUrl;
        this.http = http;
    }

    static SignedInClient signIn(String baseUrl, String username, String password) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        var client = new SignedInClient(baseUrl, http);
        String loginPage = client.get("/login.xhtml").body();
        var viewState = VIEW_STATE.matcher(loginPage);
        if (!viewState.find()) {
            throw new IllegalStateException("No view state on the login page");
        }
        var form = Map.of("login", "login", "login:username", username, "login:password", password,
                "login:submit", "", "jakarta.faces.ViewState", viewState.group(1));
        var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException("Sign-in failed for " + username + " (HTTP " + response.statusCode() + ")");
        }
        return client;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON POST with the session cookie: how the benchmark calls the REST API without a password hash per call. */
    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSF AJAX submit of a form (a partial request), with the session cookie. */
    HttpResponse<String> postAjax(String path, Map<String, String> form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The JSF view state of a page, to post its forms. */
    static String viewState(String page) {
        var viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("No view state on the page");
        }
        return viewState.group(1);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
