package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * People and access in the newsroom: accounts (/admin/users), one's own account
 * (/admin/account) and the audit log (/admin/audit), through their HTML forms.
 */
@IntegrationTest
class PeopleAdminIT {
    @LocalServerPort
    int port;

    Http http;
    Newsroom people;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        people = new Newsroom(http);
    }

    @Test
    void adminCreatesAUserWhoCanThenLogIn() {
        WebSession admin = signedIn("admin");
        String username = "new-" + people.suffix;
        var created = admin.post(
                "/admin/users",
                Map.of(
                        "username",
                        username,
                        "email",
                        username + "@example.org",
                        "displayName",
                        "سلمى <b>العلي</b>",
                        "role",
                        "writer",
                        "password",
                        "كلمة-مرور-أولى-" + people.suffix),
                "/admin/users",
                true);
        assertThat(created.statusCode()).isEqualTo(302);
        String userPage = location(created);
        assertThat(userPage).matches("/admin/users/\\d+");
        Document page = admin.page(userPage);
        assertThat(page.selectFirst("#message").text()).contains("أُنشئ الحساب");
        assertThat(page.select(".secret"))
                .as("a typed password is not shown back")
                .isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo("سلمى <b>العلي</b>");
        assertThat(page.select("h1 b")).as("names are escaped").isEmpty();

        Document list = admin.page("/admin/users");
        Element row = list.selectFirst("tr[data-username='" + username + "']");
        assertThat(row.text()).contains("سلمى <b>العلي</b>", username + "@example.org", "كاتب", "مفعّل", "لم يدخل بعد");

        WebSession newcomer = new WebSession(port);
        assertThat(location(newcomer.login(username, "كلمة-مرور-أولى-" + people.suffix)))
                .endsWith("/admin");
        assertThat(newcomer.page("/admin").selectFirst(".admin-me").text())
                .contains("سلمى")
                .contains("كاتب");
        assertThat(admin.page("/admin/users")
                        .selectFirst("tr[data-username='" + username + "']")
                        .text())
                .doesNotContain("لم يدخل بعد");
    }

    @Test
    void aGeneratedPasswordIsShownOnceAndWorks() {
        WebSession admin = signedIn("admin");
        String username = "gen-" + people.suffix;
        var created = admin.post(
                "/admin/users",
                Map.of(
                        "username",
                        username,
                        "email",
                        username + "@example.org",
                        "displayName",
                        "حساب بكلمة مولّدة",
                        "role",
                        "contributor",
                        "password",
                        ""),
                "/admin/users",
                true);
        String userPage = location(created);
        String password = admin.page(userPage).selectFirst(".secret input").attr("value");
        assertThat(password).matches("[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}");
        assertThat(admin.get(userPage).body()).doesNotContain(password);
        assertThat(location(new WebSession(port).login(username, password))).endsWith("/admin");
    }

    @Test
    void aFormWithMistakesComesBackWithArabicMessagesAndTheTypedValues() {
        WebSession admin = signedIn("admin");
        var r = admin.post(
                "/admin/users",
                Map.of(
                        "username",
                        "Bad Name",
                        "email",
                        "not-an-email",
                        "displayName",
                        "اسم يبقى",
                        "role",
                        "writer",
                        "password",
                        "short"),
                "/admin/users",
                true);
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = org.jsoup.Jsoup.parse(r.body());
        assertThat(page.selectFirst("#message").text()).contains("لم يُنشأ الحساب");
        assertThat(page.select(".errors li").eachText())
                .anyMatch(t -> t.contains("اسم المستخدم"))
                .anyMatch(t -> t.contains("البريد الإلكتروني غير صالح"))
                .anyMatch(t -> t.contains("كلمة المرور 10 أحرف"));
        assertThat(page.selectFirst("#f-displayName").attr("value")).isEqualTo("اسم يبقى");
        assertThat(page.selectFirst("#f-password").attr("value")).isEmpty();
        assertThat(page.selectFirst("#f-username").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void nonAdminsGetForbiddenOnUsersAndAudit() {
        WebSession editor = signedIn("editor");
        for (String path : new String[] {"/admin/users", "/admin/audit", "/admin/users/1"}) {
            var r = editor.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(org.jsoup.Jsoup.parse(r.body()).selectFirst(".notice").text())
                    .as(path)
                    .contains("مدير");
        }
        String username = "sneaky-" + people.suffix;
        var post = editor.post(
                "/admin/users",
                Map.of(
                        "username",
                        username,
                        "email",
                        username + "@example.org",
                        "displayName",
                        "x",
                        "role",
                        "admin",
                        "password",
                        "a-long-enough-password"),
                "/admin/account",
                true);
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(editor.page("/admin").select("a[href='/admin/users'], a[href='/admin/audit']"))
                .isEmpty();
        assertThat(http.api("GET", "/api/v1/users", null).body()).doesNotContain(username);
    }

    @Test
    void disablingAUserEndsTheirSessionAndStopsTheirTokenAtOnce() {
        long writerId = people.user("writer");
        String token = people.token(writerId);
        WebSession writer = new WebSession(port);
        writer.login(username(writerId), people.password());
        assertThat(writer.get("/admin").statusCode()).isEqualTo(200);
        assertThat(http.apiAs(token, "GET", "/api/v1/me", null).status()).isEqualTo(200);

        WebSession admin = signedIn("admin");
        var r = admin.post(
                "/admin/users/" + writerId + "/enabled", Map.of("enabled", "false"), "/admin/users/" + writerId, true);
        assertThat(location(r)).isEqualTo("/admin/users/" + writerId);
        assertThat(admin.page("/admin/users/" + writerId)
                        .selectFirst("#message")
                        .text())
                .contains("عُطّل الحساب");

        var ended = writer.get("/admin");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(location(ended)).contains("/admin/login?ended");
        assertThat(http.apiAs(token, "GET", "/api/v1/me", null).status()).isEqualTo(401);
        assertThat(location(new WebSession(port).login(username(writerId), people.password())))
                .contains("error");

        admin.post(
                "/admin/users/" + writerId + "/enabled", Map.of("enabled", "true"), "/admin/users/" + writerId, true);
        // Issue 12, finding 10: re-enabling the account does not bring back tokens made before the disable.
        assertThat(http.apiAs(token, "GET", "/api/v1/me", null).status()).isEqualTo(401);
    }

    @Test
    void resetPasswordReplacesTheOldOne() {
        long writerId = people.user("writer");
        WebSession writer = new WebSession(port);
        writer.login(username(writerId), people.password());
        WebSession admin = signedIn("admin");
        String typed = "كلمة-جديدة-" + people.suffix;
        admin.post(
                "/admin/users/" + writerId + "/password", Map.of("password", typed), "/admin/users/" + writerId, true);
        assertThat(admin.page("/admin/users/" + writerId)
                        .selectFirst("#message")
                        .text())
                .contains("تغيّرت كلمة المرور");

        assertThat(location(writer.get("/admin"))).as("the open session ends").contains("ended");
        assertThat(location(new WebSession(port).login(username(writerId), people.password())))
                .contains("error");
        assertThat(location(new WebSession(port).login(username(writerId), typed)))
                .endsWith("/admin");

        admin.post("/admin/users/" + writerId + "/password", Map.of("password", ""), "/admin/users/" + writerId, true);
        String generated = admin.page("/admin/users/" + writerId)
                .selectFirst(".secret input")
                .attr("value");
        assertThat(location(new WebSession(port).login(username(writerId), generated)))
                .endsWith("/admin");

        admin.post(
                "/admin/users/" + writerId + "/password",
                Map.of("password", "short"),
                "/admin/users/" + writerId,
                true);
        assertThat(admin.page("/admin/users/" + writerId)
                        .selectFirst("#message")
                        .text())
                .contains("كلمة المرور 10 أحرف على الأقل");
        assertThat(location(new WebSession(port).login(username(writerId), generated)))
                .endsWith("/admin");
    }

    @Test
    void ownPasswordChangeNeedsTheCurrentPassword() {
        long id = people.user("contributor");
        WebSession me = new WebSession(port);
        me.login(username(id), people.password());
        WebSession elsewhere = new WebSession(port);
        elsewhere.login(username(id), people.password());
        String fresh = "كلمتي-الجديدة-" + people.suffix;

        me.post(
                "/admin/account/password",
                Map.of("currentPassword", "not-my-password", "newPassword", fresh, "repeatPassword", fresh),
                "/admin/account",
                true);
        assertThat(me.page("/admin/account").selectFirst("#message").text()).contains("كلمة المرور الحالية غير صحيحة");
        me.post(
                "/admin/account/password",
                Map.of("currentPassword", people.password(), "newPassword", fresh, "repeatPassword", fresh + "x"),
                "/admin/account",
                true);
        assertThat(me.page("/admin/account").selectFirst("#message").text()).contains("غير متطابقتين");
        me.post(
                "/admin/account/password",
                Map.of("currentPassword", people.password(), "newPassword", "short", "repeatPassword", "short"),
                "/admin/account",
                true);
        assertThat(me.page("/admin/account").selectFirst("#message").text()).contains("10 أحرف");
        assertThat(location(new WebSession(port).login(username(id), people.password())))
                .as("still the old password")
                .endsWith("/admin");

        me.post(
                "/admin/account/password",
                Map.of("currentPassword", people.password(), "newPassword", fresh, "repeatPassword", fresh),
                "/admin/account",
                true);
        Document after = me.page("/admin/account");
        assertThat(after.selectFirst("#message").text()).contains("تغيّرت كلمة المرور");
        assertThat(me.get("/admin").statusCode()).as("this session goes on").isEqualTo(200);
        assertThat(location(elsewhere.get("/admin"))).as("other sessions end").contains("ended");
        assertThat(location(new WebSession(port).login(username(id), people.password())))
                .contains("error");
        assertThat(location(new WebSession(port).login(username(id), fresh))).endsWith("/admin");
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeTheLoginForm() {
        WebSession me = people.signIn(port, "writer");
        String fresh = "كلمتي-الجديدة-" + people.suffix;
        for (int i = 0; i < 5; i++) {
            me.post(
                    "/admin/account/password",
                    Map.of("currentPassword", "guess-" + i, "newPassword", fresh, "repeatPassword", fresh),
                    "/admin/account",
                    true);
            assertThat(me.page("/admin/account").selectFirst("#message").text())
                    .contains("كلمة المرور الحالية غير صحيحة");
        }
        // The sixth try, even with the right password, waits: the count survived the refused saves.
        me.post(
                "/admin/account/password",
                Map.of("currentPassword", people.password(), "newPassword", fresh, "repeatPassword", fresh),
                "/admin/account",
                true);
        assertThat(me.page("/admin/account").selectFirst("#message").text()).contains("محاولات خاطئة كثيرة");
    }

    @Test
    void ownProfileChangeShowsAtOnce() {
        long id = people.user("writer");
        WebSession me = new WebSession(port);
        me.login(username(id), people.password());
        String mail = "renamed-" + people.suffix + "@example.org";
        me.post(
                "/admin/account/profile",
                Map.of("displayName", "اسم جديد " + people.suffix, "email", mail),
                "/admin/account",
                true);
        Document page = me.page("/admin/account");
        assertThat(page.selectFirst("#message").text()).isEqualTo("حُفظ ملفك.");
        assertThat(page.selectFirst(".admin-me").text()).contains("اسم جديد " + people.suffix);
        assertThat(http.api("GET", "/api/v1/users/" + id, null)
                        .json()
                        .get("email")
                        .asString())
                .isEqualTo(mail);

        me.post("/admin/account/profile", Map.of("displayName", " ", "email", "nope"), "/admin/account", true);
        assertThat(me.page("/admin/account").selectFirst("#message").text()).contains("البريد الإلكتروني غير صالح");
        assertThat(http.api("GET", "/api/v1/users/" + id, null)
                        .json()
                        .get("email")
                        .asString())
                .isEqualTo(mail);
    }

    @Test
    void aTokenMadeOnTheAccountPageWorksUntilRevokedAndIsShownOnce() {
        long id = people.user("writer");
        WebSession me = new WebSession(port);
        me.login(username(id), people.password());
        var made = me.post("/admin/account/tokens", Map.of("name", "سكربت " + people.suffix), "/admin/account", true);
        assertThat(location(made)).isEqualTo("/admin/account");
        String token = me.page("/admin/account").selectFirst(".secret input").attr("value");
        assertThat(token).startsWith("nsh_");

        var whoami = http.apiAs(token, "GET", "/api/v1/me", null);
        assertThat(whoami.status()).isEqualTo(200);
        assertThat(whoami.json().get("userId").asLong()).isEqualTo(id);
        Document later = me.page("/admin/account");
        assertThat(later.select(".secret")).isEmpty();
        assertThat(later.outerHtml()).doesNotContain(token);
        assertThat(signedIn("admin").get("/admin/users/" + id).body()).doesNotContain(token);
        Element row = later.selectFirst("table.tokens tr:contains(سكربت " + people.suffix + ")");
        assertThat(row.text()).contains("يعمل").doesNotContain("لم يُستعمل");

        me.post(row.selectFirst("form").attr("action"), Map.of(), "/admin/account", true);
        assertThat(me.page("/admin/account").selectFirst("#message").text()).contains("أُلغي الرمز");
        assertThat(http.apiAs(token, "GET", "/api/v1/me", null).status()).isEqualTo(401);
    }

    @Test
    void anAdminRevokesSomeoneElsesToken() {
        long id = people.user("editor");
        String token = people.token(id);
        WebSession admin = signedIn("admin");
        Document page = admin.page("/admin/users/" + id);
        String action = page.selectFirst("table.tokens form").attr("action");
        admin.post(action, Map.of(), "/admin/users/" + id, true);
        assertThat(admin.page("/admin/users/" + id).selectFirst("table.tokens").text())
                .contains("أُلغي");
        assertThat(http.apiAs(token, "GET", "/api/v1/me", null).status()).isEqualTo(401);

        WebSession other = new WebSession(port);
        other.login(username(people.user("writer")), people.password());
        long foreign = Long.parseLong(action.replaceAll(".*/tokens/(\\d+)/revoke", "$1"));
        other.post("/admin/account/tokens/" + foreign + "/revoke", Map.of(), "/admin/account", true);
        assertThat(other.page("/admin/account").selectFirst("#message").text()).contains("مدير");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        WebSession admin = signedIn("admin");
        String username = "nocsrf-" + people.suffix;
        var r = admin.post(
                "/admin/users",
                Map.of(
                        "username",
                        username,
                        "email",
                        username + "@example.org",
                        "displayName",
                        "x",
                        "role",
                        "admin",
                        "password",
                        "a-long-enough-password"),
                "/admin/users",
                false);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(admin.page("/admin/users").select("tr[data-username='" + username + "']"))
                .isEmpty();
        assertThat(admin.post("/admin/account/tokens", Map.of("name", "x"), "/admin/account", false)
                        .statusCode())
                .isEqualTo(403);
        assertThat(admin.post(
                                "/admin/account/password",
                                Map.of(
                                        "currentPassword",
                                        people.password(),
                                        "newPassword",
                                        "x".repeat(12),
                                        "repeatPassword",
                                        "x".repeat(12)),
                                "/admin/account",
                                false)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anAdminCannotDemoteOrDisableThemself() {
        long adminId = people.user("admin");
        WebSession admin = new WebSession(port);
        admin.login(username(adminId), people.password());
        admin.post("/admin/users/" + adminId + "/role", Map.of("role", "writer"), "/admin/users/" + adminId, true);
        assertThat(admin.page("/admin/users/" + adminId).selectFirst("#message").text())
                .contains("لا يمكنك خفض دورك بنفسك");
        admin.post("/admin/users/" + adminId + "/enabled", Map.of("enabled", "false"), "/admin/users/" + adminId, true);
        assertThat(admin.page("/admin/users/" + adminId).selectFirst("#message").text())
                .contains("لا يمكنك تعطيل حسابك بنفسك");
        var me = http.api("GET", "/api/v1/users/" + adminId, null).json();
        assertThat(me.get("role").asString()).isEqualTo("admin");
        assertThat(me.get("enabled").asBoolean()).isTrue();
        assertThat(admin.page("/admin/users/" + adminId).select("#enabled-form button[disabled]"))
                .hasSize(1);
    }

    @Test
    void auditPageShowsALoginAndARoleChange() {
        long adminId = people.user("admin");
        WebSession admin = new WebSession(port);
        admin.login(username(adminId), people.password());
        long writerId = people.user("writer");
        String writer = username(writerId);
        admin.post("/admin/users/" + writerId + "/role", Map.of("role", "editor"), "/admin/users/" + writerId, true);
        assertThat(admin.page("/admin/users/" + writerId)
                        .selectFirst("#message")
                        .text())
                .contains("تغيّر الدور");

        Document roles = admin.page("/admin/audit?action=user.role&user=" + adminId);
        Element change = roles.selectFirst("table.audit tbody tr");
        assertThat(roles.select("table.audit tbody tr")).hasSize(1);
        assertThat(change.text()).contains("تغيير دور", "المستخدم " + writer, "من كاتب إلى محرر", "مستخدم admin");
        assertThat(change.selectFirst("time").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT.*");

        Document logins = admin.page("/admin/audit?action=login&user=" + adminId);
        assertThat(logins.select("table.audit tbody tr")).hasSize(1);
        assertThat(logins.selectFirst("table.audit tbody tr").text()).contains("دخول", "غرفة الأخبار");
        assertThat(logins.selectFirst("select[name=action] option[selected]").attr("value"))
                .isEqualTo("login");

        Document all = admin.page("/admin/audit?page=nonsense&user=x");
        assertThat(all.select("table.audit tbody tr")).hasSizeGreaterThan(1);
        assertThat(all.select("table.audit tbody tr").first().select("time").attr("datetime"))
                .isGreaterThanOrEqualTo(
                        all.select("table.audit tbody tr").last().select("time").attr("datetime"));
    }

    private WebSession signedIn(String role) {
        WebSession s = new WebSession(port);
        HttpResponse<String> r = s.login(username(people.user(role)), people.password());
        assertThat(location(r)).endsWith("/admin");
        return s;
    }

    private String username(long id) {
        return http.api("GET", "/api/v1/users/" + id, null)
                .json()
                .get("username")
                .asString();
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
    }
}
