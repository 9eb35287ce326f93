package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.setup.SiteSetup;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.OtherNode;
import com.nashir.testing.WebSession;
import com.nashir.user.UserService;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The first login of a new site, over HTTP, in an application of its own (it starts with no
 * account): the newsroom leads to the setup page, the start-up log prints its code, bad input is
 * refused naming each field and writes nothing, and setups posted at the same moment on two nodes
 * make exactly one admin; afterwards the page is gone on every node.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "nashir.test.context=first-setup")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstSetupIT {
    static final String PASSWORD = "كلمة-سر-المدير-الأول";

    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    @Autowired
    SiteSetup setup;

    @Test
    @Order(1)
    void aNewSiteLeadsToTheSetupPageAndTheLogSaysWhere(CapturedOutput output) {
        assertThat(SetupLog.code(output, port)).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        WebSession s = new WebSession(port);
        for (String page : List.of("/admin", "/admin/articles", "/admin/settings")) {
            var r = s.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).as(page).endsWith("/admin/setup");
        }
        var login = s.page("/admin/login");
        assertThat(login.selectFirst("#setup-hint").text()).contains("لا حساب في هذا الموقع بعد");
        assertThat(login.selectFirst("#setup-hint a").attr("href")).isEqualTo("/admin/setup");

        var setup = s.get("/admin/setup");
        assertThat(setup.statusCode()).isEqualTo(200);
        assertThat(setup.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        var form = s.page("/admin/setup").selectFirst("form#setup-form");
        assertThat(form.select("input").eachAttr("name"))
                .contains("_csrf", "code", "siteName", "displayName", "email", "password", "passwordAgain");
        assertThat(form.selectFirst("input[name=siteName]").val()).isEqualTo("ناشر");
    }

    @Test
    @Order(2)
    void wrongCodeAndBadFieldsAreRefusedNamingEachAndNothingIsWritten(CapturedOutput output) {
        String code = SetupLog.code(output, port);
        WebSession s = new WebSession(port);
        var bad = s.post(
                "/admin/setup",
                Map.of(
                        "code",
                        "AAAA-BBBB-CCCC-DDDD",
                        "siteName",
                        " ",
                        "displayName",
                        "رنا",
                        "email",
                        "not-an-email",
                        "password",
                        "short",
                        "passwordAgain",
                        "other"),
                "/admin/setup",
                true);
        assertThat(bad.statusCode()).isEqualTo(400);
        var page = org.jsoup.Jsoup.parse(bad.body());
        assertThat(page.select(".errors li").eachText()).hasSize(5);
        assertThat(page.selectFirst(".errors").text())
                .contains(
                        "رمز الإعداد غير صحيح",
                        "اسم الموقع مطلوب",
                        "البريد الإلكتروني غير صالح",
                        "10 أحرف على الأقل",
                        "كلمتا المرور غير متطابقتين");
        assertThat(page.selectFirst("input[name=password]").val()).isEmpty();
        assertThat(page.selectFirst("input[name=displayName]").val()).isEqualTo("رنا");

        // The right code with one bad field: problem+json for a client that asks for JSON.
        var json = postJson(s, fields(code, "موقع", "رنا", "rana@example.org", PASSWORD, PASSWORD + "x"));
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = Http.parse(json.body());
        assertThat(problem.get("field").asString()).isEqualTo("passwordAgain");
        assertThat(problem.get("detail").asString()).isEqualTo("كلمتا المرور غير متطابقتين");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("passwordAgain");

        // Without the CSRF token: refused before anything is read.
        var forged = s.post(
                "/admin/setup",
                fields(code, "موقع", "رنا", "rana@example.org", PASSWORD, PASSWORD),
                "/admin/setup",
                false);
        assertThat(forged.statusCode()).isEqualTo(403);

        assertThat(accounts()).isZero();
        assertThat(s.get("/admin").headers().firstValue("Location").orElse("")).endsWith("/admin/setup");
    }

    /**
     * Setups posted at the same moment, half of them to a second node on the same database (which
     * started before the setup and printed the same code): exactly one admin, the others refused.
     */
    @Test
    @Order(3)
    void setupsPostedAtOnceOnTwoNodesMakeExactlyOneAdmin(CapturedOutput output) throws Exception {
        String code = SetupLog.code(output, port);
        try (ConfigurableApplicationContext second = OtherNode.startPlain(env)) {
            int otherPort = OtherNode.port(second);
            assertThat(SetupLog.codes(output))
                    .as("every node prints the same code")
                    .hasSizeGreaterThanOrEqualTo(2)
                    .containsOnly(code);

            int n = 6;
            List<WebSession> sessions = new ArrayList<>();
            List<String> csrf = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                WebSession s = new WebSession(i % 2 == 0 ? port : otherPort);
                csrf.add(s.csrf("/admin/setup"));
                sessions.add(s);
            }
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(n);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                answers.add(pool.submit(() -> {
                    go.await();
                    Map<String, String> f = new LinkedHashMap<>(
                            fields(code, "موقع " + k, "مدير " + k, "admin" + k + "@example.org", PASSWORD, PASSWORD));
                    f.put("_csrf", csrf.get(k));
                    return sessions.get(k).post("/admin/setup", f, null, false);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get().statusCode());
            }
            pool.shutdown();
            assertThat(statuses).as(statuses.toString()).containsOnlyOnce(303).containsOnly(303, 409);
            int winner = statuses.indexOf(303);

            JsonNode users = new Http(port).api("GET", "/api/v1/users", null).json();
            assertThat(users.get("total").asInt()).isEqualTo(1);
            assertThat(users.get("items").get(0).get("email").asString()).isEqualTo("admin" + winner + "@example.org");
            assertThat(users.get("items").get(0).get("role").asString()).isEqualTo("admin");
            assertThat(new Http(port)
                            .api("GET", "/api/v1/settings", null)
                            .json()
                            .get("name")
                            .asString())
                    .isEqualTo("موقع " + winner);

            // The winner is signed in; a loser's page says why it was refused.
            assertThat(sessions.get(winner).get("/admin").statusCode()).isEqualTo(200);
            int loser = statuses.indexOf(409);
            assertThat(sessions.get(loser).get("/admin/setup").statusCode()).isEqualTo(410);

            // The second node knows too, without a restart.
            WebSession late = new WebSession(otherPort);
            var gone = late.get("/admin/setup");
            assertThat(gone.statusCode()).isEqualTo(410);
            assertThat(org.jsoup.Jsoup.parse(gone.body())
                            .selectFirst("#message")
                            .text())
                    .contains("أُعدّ هذا الموقع من قبل");
            assertThat(late.get("/admin").headers().firstValue("Location").orElse(""))
                    .endsWith("/admin/login");
        }
    }

    @Test
    @Order(4)
    void afterTheSetupThePageIsGoneAndTheAdminSignsInWithTheEmail(CapturedOutput output) {
        String code = SetupLog.code(output, port);
        WebSession s = new WebSession(port);
        assertThat(s.get("/admin/setup").statusCode()).isEqualTo(410);
        assertThat(s.page("/admin/login").selectFirst("#setup-hint")).isNull();

        String csrf = s.csrf("/admin/login");
        Map<String, String> f =
                new LinkedHashMap<>(fields(code, "موقع آخر", "غريب", "stranger@example.org", PASSWORD, PASSWORD));
        f.put("_csrf", csrf);
        assertThat(s.post("/admin/setup", f, null, false).statusCode()).isEqualTo(409);
        var json = postJson(s, fields(code, "موقع آخر", "غريب", "stranger@example.org", PASSWORD, PASSWORD));
        assertThat(json.statusCode()).isEqualTo(409);
        assertThat(Http.parse(json.body()).get("detail").asString()).contains("أُعدّ هذا الموقع من قبل");
        assertThat(accounts()).isEqualTo(1);

        String email = new Http(port)
                .api("GET", "/api/v1/users", null)
                .json()
                .get("items")
                .get(0)
                .get("email")
                .asString();
        var login = s.login(email, PASSWORD);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(s.page("/admin").selectFirst("h1").text()).isEqualTo("لوحة التحرير");
    }

    /** Scripted installs and a newsroom that lost its last admin password: create-admin still makes an admin. */
    @Test
    @Order(5)
    void theCommandLineStillMakesAnAdminAndTheSetupStaysClosed() {
        var user = setup.adminFromCommandLine(
                new UserService.NewUser("script-admin", "script@example.org", "مدير السكربت", PASSWORD, "admin", null));
        assertThat(user.role().wire()).isEqualTo("admin");
        assertThat(accounts()).isEqualTo(2);
        assertThat(setup.open()).isFalse();
        assertThat(new WebSession(port).get("/admin/setup").statusCode()).isEqualTo(410);
        JsonNode audit = new Http(port).api("GET", "/api/v1/audit", null).json().get("items");
        assertThat(audit.valueStream()
                        .map(e -> e.get("actor").asString() + " "
                                + e.get("action").asString())
                        .toList())
                .contains("cli user.create", "setup user.create");
    }

    private long accounts() {
        return new Http(port)
                .api("GET", "/api/v1/users", null)
                .json()
                .get("total")
                .asLong();
    }

    private static Map<String, String> fields(
            String code, String site, String name, String email, String password, String again) {
        return Map.of(
                "code",
                code,
                "siteName",
                site,
                "displayName",
                name,
                "email",
                email,
                "password",
                password,
                "passwordAgain",
                again);
    }

    /** Posts the setup form as a script would, asking for JSON; the CSRF token comes from the page. */
    private static HttpResponse<String> postJson(WebSession s, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", s.csrf("/admin/login"));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return s.send(
                HttpRequest.newBuilder()
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/problem+json, application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                "/admin/setup");
    }
}
